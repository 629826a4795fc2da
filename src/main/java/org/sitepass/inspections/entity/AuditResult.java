package org.sitepass.inspections.entity;

/** An audit's outcome: it fails when any item fails; items not applicable do not count against it. */
public enum AuditResult {
    PASS, FAIL
}
