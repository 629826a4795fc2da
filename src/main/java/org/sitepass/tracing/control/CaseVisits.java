package org.sitepass.tracing.control;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case's visits in time order, over the period they are looked for: from the start of the lookback before the sample
 * to the case's registration (the person was about while the result was awaited).
 *
 * @param goneDays the days of the period whose records the retention removed: visits there are not known
 */
public record CaseVisits(List<CaseVisitView> items, Instant from, Instant until, List<LocalDate> goneDays)
        implements Serializable {

    public CaseVisits {
        items = List.copyOf(items);
        goneDays = List.copyOf(goneDays);
    }
}
