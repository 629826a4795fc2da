package org.sitepass.inspections.entity;

/** An item's outcome at one venue. */
public enum Verdict {
    PASS, FAIL, NOT_APPLICABLE
}
