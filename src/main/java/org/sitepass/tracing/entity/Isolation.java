package org.sitepass.tracing.entity;

/** Where an assessed contact is sent to be kept apart. */
public enum Isolation {
    CENTRAL_ISOLATION, HOME_ISOLATION
}
