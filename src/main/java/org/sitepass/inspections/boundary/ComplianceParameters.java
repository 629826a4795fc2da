package org.sitepass.inspections.boundary;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.sitepass.inspections.control.CompliancePeriod;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.ModuleText;

/** The days the compliance view covers: the last 30 by default, at most a year, never past today. */
public class ComplianceParameters {

    static final String DATE = "([0-9]{4}-[0-9]{2}-[0-9]{2})?";

    @QueryParam("from")
    @Pattern(regexp = DATE, message = "{sites.validation.date}")
    String from;

    @QueryParam("to")
    @Pattern(regexp = DATE, message = "{sites.validation.date}")
    String to;

    CompliancePeriod period() {
        return CompliancePeriod.of(date("from", from), date("to", to));
    }

    private static LocalDate date(String field, String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, new ModuleText("ValidationMessages", "sites.validation.date"));
        }
    }
}
