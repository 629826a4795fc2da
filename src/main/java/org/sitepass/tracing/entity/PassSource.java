package org.sitepass.tracing.entity;

/** Who recorded a pass: a sentry at the door, door staff on the venue's door-check page, or the person's own phone. */
public enum PassSource {
    /** A certified sentry, deciding online or, uploaded later, offline. */
    SENTRY,
    /** A venue's door staff, for someone without a phone (paper code, relative code, ID number). */
    STAFF,
    /** The resident, scanning the venue's poster. */
    CHECK_IN
}
