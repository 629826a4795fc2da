package org.sitepass.platform;

import java.util.List;

/**
 * The realm roles of the {@code sitepass} Keycloak realm. Constants rather than an enum because
 * {@code @RolesAllowed} needs compile-time strings.
 */
public final class Roles {

    public static final String RESIDENT = "RESIDENT";
    public static final String VENUE_MANAGER = "VENUE_MANAGER";
    public static final String VENDOR = "VENDOR";
    public static final String OFFICER = "OFFICER";
    public static final String INSPECTOR = "INSPECTOR";
    public static final String TRACER = "TRACER";
    public static final String AUDITOR = "AUDITOR";
    /**
     * A venue's door staff: checks people without a phone on the door-check page of the venues whose manager named
     * them, and uses nothing else.
     */
    public static final String DOOR_STAFF = "DOOR_STAFF";
    /** Held by device clients, never by a person: a digital sentry at a door. */
    public static final String SENTRY = "SENTRY";
    /** Held only by the metrics scraper's service account (client sitepass-metrics): reads {@code /metrics}. */
    public static final String METRICS = "METRICS";
    /**
     * Held only by the health data feed's service account (client sitepass-health-feed): the systems that own
     * residents' health facts post batches of records.
     */
    public static final String HEALTH_FEED = "HEALTH_FEED";

    /** Every role a person can hold, in the order pages list them. */
    public static final List<String> PEOPLE =
            List.of(RESIDENT, VENUE_MANAGER, VENDOR, OFFICER, INSPECTOR, TRACER, AUDITOR, DOOR_STAFF);

    /**
     * Every person's role that opens the pages at large (the home page, the account page): all but door staff, whose
     * one page is their venue's door check.
     */
    public static final List<String> PAGE_USERS =
            List.of(RESIDENT, VENUE_MANAGER, VENDOR, OFFICER, INSPECTOR, TRACER, AUDITOR);

    /** Every role held by one service's client alone, never by a person or a device. */
    public static final List<String> SERVICES = List.of(METRICS, HEALTH_FEED);

    private Roles() {
    }
}
