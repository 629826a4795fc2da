package org.sitepass.residents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitepass.residents.control.RetentionSelection.Dated;

class RetentionSelectionTest {

    static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");
    static final Instant CUTOFF = NOW.minus(Duration.ofDays(30));

    @Test
    void recordsBeforeTheCutoffGoButTheLatestInForceStays() {
        List<Dated> rows = List.of(
                new Dated(1, 7, CUTOFF.minus(Duration.ofDays(10))),
                new Dated(2, 7, CUTOFF.minus(Duration.ofDays(5))),
                new Dated(3, 7, CUTOFF.plusSeconds(1)),
                new Dated(4, 8, CUTOFF.minus(Duration.ofDays(90))),
                new Dated(5, 8, CUTOFF.minus(Duration.ofDays(60))));
        assertEquals(List.of(1L, 2L, 4L), RetentionSelection.purgeable(rows, Set.of(), CUTOFF, NOW),
                "person 8's latest, two months old, still stays: it is their colour or their latest test");
    }

    @Test
    void aRecordAnOpenAppealContestsStaysHoweverOld() {
        List<Dated> rows = List.of(new Dated(1, 7, CUTOFF.minus(Duration.ofDays(40))),
                new Dated(2, 7, CUTOFF.minus(Duration.ofDays(20))), new Dated(3, 7, NOW));
        assertEquals(List.of(2L), RetentionSelection.purgeable(rows, Set.of(1L), CUTOFF, NOW),
                "the officer deciding the appeal must still find the record it contests");
    }

    @Test
    void exactlyAtTheCutoffIsKept() {
        List<Dated> rows = List.of(new Dated(1, 7, CUTOFF), new Dated(2, 7, CUTOFF.minusMillis(1)),
                new Dated(3, 7, NOW));
        assertEquals(List.of(2L), RetentionSelection.purgeable(rows, Set.of(), CUTOFF, NOW));
    }

    @Test
    void aRecordDatedLaterThanNowIsNotYetInForce() {
        List<Dated> rows = List.of(new Dated(1, 7, CUTOFF.minus(Duration.ofDays(1))),
                new Dated(2, 7, NOW.plus(Duration.ofDays(1))));
        assertEquals(List.of(), RetentionSelection.purgeable(rows, Set.of(), CUTOFF, NOW),
                "the old colour is in force until tomorrow's change takes effect");
    }

    @Test
    void recordsAtTheSameLatestTimeAllStay() {
        Instant old = CUTOFF.minus(Duration.ofDays(3));
        List<Dated> rows = List.of(new Dated(1, 7, old), new Dated(2, 7, old),
                new Dated(3, 7, old.minus(Duration.ofDays(1))));
        assertEquals(List.of(3L), RetentionSelection.purgeable(rows, Set.of(), CUTOFF, NOW));
    }

    @Test
    void thePurgeReportsCountsPerKindAndThePeriodInDays() {
        Map<HealthRetention.Purged, Integer> removed = new EnumMap<>(HealthRetention.Purged.class);
        removed.put(HealthRetention.Purged.COLOUR, 1);
        removed.put(HealthRetention.Purged.NAT, 2);
        removed.put(HealthRetention.Purged.ANTIGEN, 0);
        assertEquals("COLOUR 1, NAT 2, ANTIGEN 0; older than 30 days, the latest in force kept",
                HealthRetention.summary(removed, Duration.ofDays(30)));
        assertEquals("PT36H", HealthRetention.days(Duration.ofHours(36)));
    }
}
