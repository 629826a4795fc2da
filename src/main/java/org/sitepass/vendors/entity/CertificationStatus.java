package org.sitepass.vendors.entity;

/** Where a vendor's or a model's certification stands. Revocation is final; suspension is not. */
public enum CertificationStatus {
    DRAFT, SUBMITTED, CERTIFIED, REJECTED, SUSPENDED, REVOKED
}
