package org.sitepass.platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The days a district view covers: the last 30 unless asked otherwise, never past today, at most a year. Today is
 * passed in, so that the rule reads the same on every clock and a test of it cannot fail around midnight.
 */
public record Period(LocalDate from, LocalDate to) {

    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 366;

    /** What was asked for, made sensible rather than refused: a dashboard should always show something. */
    public static Period of(LocalDate askedFrom, LocalDate askedTo, LocalDate today) {
        LocalDate to = askedTo == null || askedTo.isAfter(today) ? today : askedTo;
        boolean usable = askedFrom != null && !askedFrom.isAfter(to)
                && !askedFrom.isBefore(to.minusDays(MAX_DAYS - 1L));
        return new Period(usable ? askedFrom : to.minusDays(DEFAULT_DAYS - 1L), to);
    }

    /** From a link the pages wrote, which holds valid dates; anything else means the default. */
    public static Period fromLink(String from, String to, LocalDate today) {
        return of(lenient(from), lenient(to), today);
    }

    /** Whether the period shown differs from the one asked for, so that the page can say it was adjusted. */
    public boolean adjusts(LocalDate askedFrom, LocalDate askedTo) {
        return askedFrom != null && !from.equals(askedFrom) || askedTo != null && !to.equals(askedTo);
    }

    /** The query a page's links carry to ask for this period again. */
    public String query() {
        return "from=" + from + "&to=" + to;
    }

    /** As file names write it: {@code 2026-11-01-2026-11-21}. */
    @Override
    public String toString() {
        return from + "-" + to;
    }

    private static LocalDate lenient(String text) {
        try {
            boolean plainDate = text != null && !text.isEmpty() && text.matches(PeriodParameters.DATE);
            return plainDate ? LocalDate.parse(text) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
