package org.sitepass.platform;

/** How the audited action ended. */
public enum AuditOutcome {
    SUCCESS,
    DENIED,
    FAILED
}
