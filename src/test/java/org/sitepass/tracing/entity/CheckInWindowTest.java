package org.sitepass.tracing.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CheckInWindowTest {

    private static final Instant NOW = Instant.parse("2026-12-04T15:59:00Z");
    private final CheckInWindow window = new CheckInWindow(Duration.ofMinutes(5));

    @Test
    void aCheckInWithinTheWindowAnswersTheNextScan() {
        assertTrue(window.covers(NOW.minusSeconds(1), NOW));
        assertTrue(window.covers(NOW.minus(Duration.ofMinutes(5)), NOW), "the window's first instant is in it");
        assertTrue(window.covers(NOW, NOW), "a double tap");
    }

    @Test
    void anOlderCheckInIsAnotherVisit() {
        assertFalse(window.covers(NOW.minus(Duration.ofMinutes(5)).minusMillis(1), NOW));
        assertFalse(window.covers(NOW.minus(Duration.ofHours(2)), NOW));
    }

    @Test
    void aRecordFromTheFutureCoversNothing() {
        assertFalse(window.covers(NOW.plusSeconds(1), NOW));
    }

    @Test
    void theWindowReachesBackAcrossMidnight() {
        Instant justAfterMidnightInShanghai = Instant.parse("2026-12-04T16:02:00Z");
        assertEquals(Instant.parse("2026-12-04T15:57:00Z"), window.since(justAfterMidnightInShanghai));
        assertTrue(window.covers(Instant.parse("2026-12-04T15:59:59Z"), justAfterMidnightInShanghai));
    }

    @Test
    void aZeroWindowMakesEveryScanAVisitAndANegativeOneIsRefused() {
        CheckInWindow none = new CheckInWindow(Duration.ZERO);
        assertFalse(none.covers(NOW.minusMillis(1), NOW));
        assertThrows(IllegalArgumentException.class, () -> new CheckInWindow(Duration.ofMinutes(-1)));
    }
}
