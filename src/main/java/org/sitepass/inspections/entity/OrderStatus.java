package org.sitepass.inspections.entity;

/** Where a rectification order stands: open, answered by the venue, closed on re-inspection, or escalated. */
public enum OrderStatus {
    OPEN, RESPONDED, CLOSED, ESCALATED
}
