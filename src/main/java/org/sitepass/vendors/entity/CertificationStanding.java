package org.sitepass.vendors.entity;

/**
 * A certification as people read it: its status, except that a certificate past its date is {@code EXPIRED}
 * without anyone acting, so it is worked out on the day rather than stored.
 */
public enum CertificationStanding {
    DRAFT, SUBMITTED, CERTIFIED, EXPIRED, REJECTED, SUSPENDED, REVOKED
}
