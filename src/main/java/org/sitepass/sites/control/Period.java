package org.sitepass.sites.control;

import java.time.LocalDate;

/** The days a district view covers: the last 30 unless asked otherwise, never past today, at most a year. */
public record Period(LocalDate from, LocalDate to) {

    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 366;

    /** What was asked for, made sensible rather than refused: a dashboard should always show something. */
    public static Period of(LocalDate askedFrom, LocalDate askedTo, LocalDate today) {
        LocalDate to = askedTo == null || askedTo.isAfter(today) ? today : askedTo;
        boolean usable = askedFrom != null && !askedFrom.isAfter(to) && !askedFrom.isBefore(to.minusDays(MAX_DAYS - 1L));
        return new Period(usable ? askedFrom : to.minusDays(DEFAULT_DAYS - 1L), to);
    }
}
