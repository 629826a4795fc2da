package org.sitepass.inspections.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.sitepass.platform.CityTime;

/**
 * The days a compliance view covers: up to today, at most a year back, and the last 30 days when not given or
 * given the wrong way round.
 */
public record CompliancePeriod(LocalDate from, LocalDate to) {

    public static CompliancePeriod of(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(CityTime.ZONE);
        LocalDate last = to == null || to.isAfter(today) ? today : to;
        boolean usable = from != null && !from.isAfter(last) && !from.isBefore(last.minusDays(365));
        return new CompliancePeriod(usable ? from : last.minusDays(29), last);
    }

    /** From a link the pages wrote, which holds valid dates; anything else means the default. */
    public static CompliancePeriod fromLink(String from, String to) {
        return of(lenient(from), lenient(to));
    }

    /** As file names and links write it: {@code 2026-11-01-2026-11-21}. */
    @Override
    public String toString() {
        return from + "-" + to;
    }

    private static LocalDate lenient(String text) {
        try {
            return text == null || !text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
