package org.sitepass.inspections.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.sitepass.inspections.entity.OrderAction;
import org.sitepass.inspections.entity.OrderStatus;
import org.sitepass.inspections.entity.RectificationOrder;

/**
 * An order as both sides see it: what, by when, the venue's answer, the decision, what its state allows next; never
 * the inspection's notes.
 */
public record OrderView(long id, long inspectionId, long venueId, String venueName, String item, String requirement,
                        LocalDate deadline, OrderStatus status, Set<OrderAction> actions, boolean overdue,
                        String response, String decisionNote, List<Long> photoIds) {

    static OrderView of(RectificationOrder o, String venueName, LocalDate today, List<Long> photoIds) {
        return new OrderView(o.getId(), o.getInspectionId(), o.getVenueId(), venueName, o.getItem().name(),
                o.getRequirement(), o.getDeadline(), o.getStatus(), o.allowedActions(), o.isOverdue(today),
                o.getResponse(), o.getDecisionNote(), photoIds);
    }

    /** Whether the venue may answer it now. */
    public boolean answerable() {
        return actions.contains(OrderAction.RESPOND);
    }

    /** Whether an inspector may close or escalate it now. */
    public boolean decidable() {
        return actions.contains(OrderAction.CLOSE) || actions.contains(OrderAction.ESCALATE);
    }
}
