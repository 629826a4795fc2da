package org.sitepass.sites.entity;

/** Whether an issued site code lets people register: only an active one does. Revocation is final. */
public enum CodeStatus {
    ACTIVE, SUSPENDED, REVOKED
}
