package org.sitepass.platform;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The days a view covers, as asked in the query ({@code from}, {@code to}); a bean because Payara's OpenAPI
 * generator fails on constraints put on query parameters.
 */
public class PeriodParameters {

    /** A plain date, or nothing; the calendar check follows in {@link #date}. */
    public static final String DATE = "([0-9]{4}-[0-9]{2}-[0-9]{2})?";

    @QueryParam("from")
    @Pattern(regexp = DATE, message = "{sitepass.validation.date}")
    String from;

    @QueryParam("to")
    @Pattern(regexp = DATE, message = "{sitepass.validation.date}")
    String to;

    public PeriodParameters() {
    }

    PeriodParameters(String from, String to) {
        this.from = from;
        this.to = to;
    }

    public Period period(LocalDate today) {
        return Period.of(date("from", from), date("to", to), today);
    }

    /** The pattern lets 2026-02-30 through; the calendar does not, and says so as a field problem. */
    public static LocalDate date(String field, String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, ModuleText.validation("sitepass.validation.date"));
        }
    }
}
