package org.sitepass.tracing.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case's whole trace: every visit of its period with that visit's co-visitors.
 *
 * @param goneDays the days of the period whose records the retention removed
 */
public record CaseTrace(List<CoVisitors> items, Instant from, Instant until, List<LocalDate> goneDays) {

    public CaseTrace {
        items = List.copyOf(items);
        goneDays = List.copyOf(goneDays);
    }
}
