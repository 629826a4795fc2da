package org.sitepass.inspections.entity;

/** Whether a planned visit has been made. */
public enum PlannedVisitStatus {
    PLANNED, DONE
}
