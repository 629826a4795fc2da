package org.sitepass.inspections.control;

import java.util.List;
import org.sitepass.devices.SentryCount;
import org.sitepass.inspections.entity.Signal;
import org.sitepass.sites.VenueCategory.RiskLevel;
import org.sitepass.sites.VenueRef;

/**
 * Which venues a plan takes: those of the asked risk level, and, when a signal is asked for, only those that show
 * it: a site code but no sentry standing, a sentry standing but offline now, or no check recorded at its doors today.
 */
public final class PlanSelection {

    /**
     * A venue with what the platform knows of it.
     *
     * @param scannedToday whether a door of the venue recorded a check (a pass or a stop) today
     */
    public record Candidate(VenueRef venue, RiskLevel risk, SentryCount sentries, boolean scannedToday) {
    }

    /** A venue taken into the plan, and why. */
    public record Chosen(long venueId, Signal reason) {
    }

    private PlanSelection() {
    }

    /**
     * @param risk   only venues of this risk level; null takes every level
     * @param signal {@link Signal#SELECTED} takes every venue that passed the other filters
     */
    public static List<Chosen> choose(List<Candidate> candidates, RiskLevel risk, Signal signal) {
        return candidates.stream()
                .filter(c -> risk == null || c.risk() == risk)
                .filter(c -> shows(c, signal))
                .map(c -> new Chosen(c.venue().id(), signal))
                .toList();
    }

    static boolean shows(Candidate candidate, Signal signal) {
        return switch (signal) {
            case SELECTED -> true;
            case NO_SENTRY -> candidate.sentries().standing() == 0;
            case SENTRY_OFFLINE -> candidate.sentries().offline() > 0;
            case NO_SCANS_TODAY -> !candidate.scannedToday();
        };
    }
}
