package org.sitepass.inspections.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitepass.devices.SentryCount;
import org.sitepass.inspections.entity.Plan;
import org.sitepass.inspections.entity.Signal;
import org.sitepass.platform.InvalidInput;
import org.sitepass.sites.VenueCategory.RiskLevel;
import org.sitepass.sites.VenueRef;

/** Which venues a plan takes, by risk and by what the platform sees at them. */
class PlanSelectionTest {

    private static final PlanSelection.Candidate MARKET_WITHOUT_SENTRY =
            candidate(1, RiskLevel.HIGH, SentryCount.NONE, false);
    private static final PlanSelection.Candidate MALL_WITH_ONE_OFFLINE =
            candidate(2, RiskLevel.HIGH, new SentryCount(3, 1), true);
    private static final PlanSelection.Candidate OFFICE_ALL_ONLINE =
            candidate(3, RiskLevel.MEDIUM, new SentryCount(2, 0), false);
    private static final List<PlanSelection.Candidate> ALL =
            List.of(MARKET_WITHOUT_SENTRY, MALL_WITH_ONE_OFFLINE, OFFICE_ALL_ONLINE);

    @Test
    void withoutSignalOrRiskEveryVenueIsTaken() {
        assertEquals(List.of(1L, 2L, 3L), ids(PlanSelection.choose(ALL, null, Signal.SELECTED)));
    }

    @Test
    void riskLevelNarrowsTheChoice() {
        assertEquals(List.of(1L, 2L), ids(PlanSelection.choose(ALL, RiskLevel.HIGH, Signal.SELECTED)));
        assertEquals(List.of(), ids(PlanSelection.choose(ALL, RiskLevel.LOW, Signal.SELECTED)));
    }

    @Test
    void signalsTakeVenuesWithoutSentriesOrWithSentriesOffline() {
        List<PlanSelection.Chosen> noSentry = PlanSelection.choose(ALL, null, Signal.NO_SENTRY);
        assertEquals(List.of(1L), ids(noSentry));
        assertEquals(Signal.NO_SENTRY, noSentry.get(0).reason());
        assertEquals(List.of(2L), ids(PlanSelection.choose(ALL, null, Signal.SENTRY_OFFLINE)));
        assertEquals(List.of(), ids(PlanSelection.choose(ALL, RiskLevel.MEDIUM, Signal.SENTRY_OFFLINE)));
    }

    @Test
    void theTracingSignalTakesVenuesWhereNoDoorRecordedACheckToday() {
        List<PlanSelection.Chosen> unscanned = PlanSelection.choose(ALL, null, Signal.NO_SCANS_TODAY);
        assertEquals(List.of(1L, 3L), ids(unscanned));
        assertEquals(Signal.NO_SCANS_TODAY, unscanned.get(0).reason());
        assertEquals(List.of(1L), ids(PlanSelection.choose(ALL, RiskLevel.HIGH, Signal.NO_SCANS_TODAY)));
    }

    @Test
    void aPlanRunsForwardForAtMostAQuarter() {
        LocalDate start = LocalDate.of(2026, 12, 1);
        assertEquals(start, new Plan("310109", "十二月", start, start.plusDays(92), "officer1", Instant.EPOCH)
                .getPeriodFrom());
        assertThrows(InvalidInput.class, () -> new Plan("310109", "倒序", start, start.minusDays(1), "officer1",
                Instant.EPOCH));
        assertThrows(InvalidInput.class, () -> new Plan("310109", "太长", start, start.plusDays(93), "officer1",
                Instant.EPOCH));
    }

    private static PlanSelection.Candidate candidate(long id, RiskLevel risk, SentryCount sentries,
                                                     boolean scannedToday) {
        return new PlanSelection.Candidate(new VenueRef(id, "场所" + id, "310109-0000001-9", "310109", "310109009",
                "MARKET", "manager1", true), risk, sentries, scannedToday);
    }

    private static List<Long> ids(List<PlanSelection.Chosen> chosen) {
        return chosen.stream().map(PlanSelection.Chosen::venueId).toList();
    }
}
