package org.sitepass.inspections.control;

import java.time.LocalDate;
import java.util.List;
import org.sitepass.inspections.entity.RectificationOrder;

/** An order as both sides see it: what, by when, the venue's answer, the decision; never the audit's notes. */
public record OrderView(long id, long auditId, long venueId, String venueName, String item, String requirement,
                        LocalDate deadline, String status, boolean overdue, String response, String decisionNote,
                        List<Long> photoIds) {

    static OrderView of(RectificationOrder o, String venueName, LocalDate today, List<Long> photoIds) {
        return new OrderView(o.getId(), o.getAuditId(), o.getVenueId(), venueName, o.getItem().name(),
                o.getRequirement(), o.getDeadline(), o.getStatus().name(), o.isOverdue(today), o.getResponse(),
                o.getDecisionNote(), photoIds);
    }
}
