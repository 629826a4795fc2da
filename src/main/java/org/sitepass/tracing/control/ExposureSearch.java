package org.sitepass.tracing.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sitepass.tracing.entity.ExposureWindow;

/**
 * Which receive times one run of an exposure's people search covers. Records of live checks arrive with their pass,
 * so they lie within the window widened by the clock allowance; offline devices upload up to
 * {@link EntryCheck#OFFLINE_HORIZON} later, so the search goes on, run after run from where the last stopped, until
 * the window's end plus that horizon. A run stops {@link #SETTLED} short of now, so that a record received just
 * before it but committed just after is found by the next run rather than never.
 */
record ExposureSearch(Instant from, Instant to, boolean offlineOnly) {

    static final Duration SETTLED = Duration.ofMinutes(1);

    /** How far receive times are searched at all: the window's end plus the offline horizon. */
    static Instant end(ExposureWindow window) {
        return window.to().plus(EntryCheck.OFFLINE_HORIZON).plus(ExposureWindow.CLOCK_ALLOWANCE);
    }

    /** How far a run at {@code now} searches. */
    static Instant until(ExposureWindow window, Instant now) {
        Instant settled = now.minus(SETTLED);
        Instant end = end(window);
        return settled.isBefore(end) ? settled : end;
    }

    /**
     * The ranges of receive times from {@code scannedTo} to {@code until}: any record received around the window,
     * and only records decided offline received after it; none when there is nothing new to search.
     */
    static List<ExposureSearch> ranges(ExposureWindow window, Instant scannedTo, Instant until) {
        Instant liveEnd = window.to().plus(ExposureWindow.CLOCK_ALLOWANCE);
        List<ExposureSearch> ranges = new ArrayList<>(2);
        Instant liveTo = until.isBefore(liveEnd) ? until : liveEnd;
        if (scannedTo.isBefore(liveTo)) {
            ranges.add(new ExposureSearch(scannedTo, liveTo, false));
        }
        Instant lateFrom = scannedTo.isAfter(liveEnd) ? scannedTo : liveEnd;
        if (lateFrom.isBefore(until)) {
            ranges.add(new ExposureSearch(lateFrom, until, true));
        }
        return ranges;
    }
}
