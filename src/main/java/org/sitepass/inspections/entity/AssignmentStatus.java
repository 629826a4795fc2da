package org.sitepass.inspections.entity;

/** Whether a planned visit has been made. */
public enum AssignmentStatus {
    PLANNED, DONE
}
