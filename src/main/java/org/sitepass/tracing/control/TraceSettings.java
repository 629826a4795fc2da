package org.sitepass.tracing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How far a case's lookups reach: {@code sitepass.tracing.case-lookback} (P14D) back from the sample for its visits;
 * {@code sitepass.tracing.co-visit-before} and {@code -after} (PT30M each) around a visit for its co-visitors, unless
 * the request says otherwise; {@code sitepass.tracing.longest-stay} (PT8H), the longest a case's next pass elsewhere
 * may come and still end its stay; {@code sitepass.tracing.late-upload} (PT6H), how long after a check an offline
 * sentry's upload is still looked for; {@code sitepass.tracing.second-degree-span} (P2D), how long after a shared
 * visit the first-degree contacts' further visits count.
 */
@ApplicationScoped
public class TraceSettings {

    /** The widest window a request may ask for on either side: more would be a venue's whole day. */
    public static final Duration WIDEST = Duration.ofHours(12);
    /** How many first-degree contacts, most exposed first, a second-degree lookup follows. */
    public static final int SECOND_DEGREE_CONTACTS = 200;
    /** How many venues, most visited first, a second-degree lookup answers. */
    public static final int SECOND_DEGREE_VENUES = 100;

    @Inject
    @ConfigProperty(name = "sitepass.tracing.case-lookback", defaultValue = "P14D")
    Duration lookback;

    @Inject
    @ConfigProperty(name = "sitepass.tracing.co-visit-before", defaultValue = "PT30M")
    Duration before;

    @Inject
    @ConfigProperty(name = "sitepass.tracing.co-visit-after", defaultValue = "PT30M")
    Duration after;

    @Inject
    @ConfigProperty(name = "sitepass.tracing.longest-stay", defaultValue = "PT8H")
    Duration longestStay;

    @Inject
    @ConfigProperty(name = "sitepass.tracing.late-upload", defaultValue = "PT6H")
    Duration lateUpload;

    @Inject
    @ConfigProperty(name = "sitepass.tracing.second-degree-span", defaultValue = "P2D")
    Duration secondDegreeSpan;

    public Duration lookback() {
        return lookback;
    }

    public Duration before() {
        return before;
    }

    public Duration after() {
        return after;
    }

    public Duration longestStay() {
        return longestStay;
    }

    public Duration lateUpload() {
        return lateUpload;
    }

    public Duration secondDegreeSpan() {
        return secondDegreeSpan;
    }
}
