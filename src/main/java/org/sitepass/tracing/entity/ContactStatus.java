package org.sitepass.tracing.entity;

/** Where a contact stands in its handling; each status is reached only from the one before it (see {@link Contact}). */
public enum ContactStatus {
    IDENTIFIED, NOTIFIED, ASSESSED, TRANSFERRED, RELEASED
}
