package org.sitepass.sites.boundary;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.ModuleText;
import org.sitepass.sites.control.ReviewQuery;
import org.sitepass.sites.control.VenueForm;

/** Filters, order and page of the review queue. */
public class QueueParameters extends PageParameters {

    static final String DATE = "([0-9]{4}-[0-9]{2}-[0-9]{2})?";

    @QueryParam("street")
    @Pattern(regexp = "([0-9]{9})?", message = "{sites.validation.street}")
    String street;

    @QueryParam("category")
    @Pattern(regexp = "([A-Z_]{1,16})?", message = "{sites.validation.category}")
    String category;

    @QueryParam("submittedFrom")
    @Pattern(regexp = DATE, message = "{sites.validation.date}")
    String submittedFrom;

    @QueryParam("submittedTo")
    @Pattern(regexp = DATE, message = "{sites.validation.date}")
    String submittedTo;

    @QueryParam("sort")
    @Pattern(regexp = "(submittedAt|name|street|category)?", message = "{sites.validation.sort}")
    String sort;

    @QueryParam("descending")
    boolean descending;

    ReviewQuery toQuery(String districtCode) {
        return new ReviewQuery(districtCode, blankToNull(street), blankToNull(category),
                date("submittedFrom", submittedFrom), date("submittedTo", submittedTo), sort, descending, first(),
                pageSize());
    }

    /** The pattern lets 2026-02-30 through; the calendar does not, and says so as a field problem. */
    static LocalDate date(String field, String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, new ModuleText(VenueForm.MESSAGES, "sites.validation.date"));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
