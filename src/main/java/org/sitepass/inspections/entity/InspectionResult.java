package org.sitepass.inspections.entity;

/** An inspection's outcome: it fails when any item fails; items not applicable do not count against it. */
public enum InspectionResult {
    PASS, FAIL
}
