package org.sitepass.vendors.entity;

/** How a sentry stands at a door. */
public enum FormFactor {
    HANDHELD, DESKTOP, PILLAR, GATE
}
