package org.sitepass.residents.entity;

/** Where a relative link stands: only an active one lets its holder show the relative's code. */
public enum RelativeStatus {
    PENDING, ACTIVE, REFUSED, REVOKED;

    /** Whether the link counts towards the limits and blocks a second application for the same pair. */
    public boolean inForce() {
        return this == PENDING || this == ACTIVE;
    }
}
