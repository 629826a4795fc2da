package org.sitepass.tracing.control;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The co-visitors of one visit of a case: the visit, the window they were found in, and who, most exposed first.
 *
 * @param goneDays the days of the window whose records the retention removed: whoever was there then is not known
 */
public record CoVisitors(CaseVisitView visit, Instant from, Instant to, List<CoVisitorView> items,
                         List<LocalDate> goneDays) implements Serializable {

    public CoVisitors {
        items = List.copyOf(items);
        goneDays = List.copyOf(goneDays);
    }
}
