package org.sitepass.vendors.entity;

/** What a sentry can read or measure at the door. */
public enum Capability {
    HEALTH_CODE, ID_CARD, FACE, TEMPERATURE, VOICE_ALARM
}
