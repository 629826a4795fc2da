package org.sitepass.tracing.entity;

/** Where a case stands: open while it is traced, closed once the tracer is done; a closed case is never reopened. */
public enum CaseStatus {
    OPEN, CLOSED;

    public boolean canBecome(CaseStatus next) {
        return this == OPEN && next == CLOSED;
    }
}
