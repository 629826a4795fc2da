package org.sitepass.inspections.entity;

/** Why a venue was chosen for a plan: by its kind and place alone, or by what the platform saw there. */
public enum Signal {
    SELECTED, NO_SENTRY, SENTRY_OFFLINE, NO_SCANS_TODAY
}
