package org.sitepass.sites.entity;

/** The steps the district view counts and the applicant sees in the history of their venue. */
public enum ReviewEventKind {
    SUBMITTED, APPROVED, REJECTED, SUSPENDED, REINSTATED, REVOKED
}
