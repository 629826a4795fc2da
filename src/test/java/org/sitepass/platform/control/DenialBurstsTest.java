package org.sitepass.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.Caller;

class DenialBurstsTest {

    private static final Instant T0 = Instant.parse("2026-12-04T08:00:00Z");
    private static final DenialBursts.Source ANONYMOUS = new DenialBursts.Source(Caller.anonymous(), "192.0.2.7");
    private static final DenialBursts.Source VENDOR =
            new DenialBursts.Source(new Caller("vendor1", Set.of("VENDOR"), null), "192.0.2.7");

    private final DenialBursts bursts = new DenialBursts();

    @Test
    void aFloodFromOneSourceIsAuditedAFewTimesThenSummedUpOnce() {
        for (int i = 0; i < 1000; i++) {
            boolean alone = bursts.alone(ANONYMOUS, "GET /api/v1/me", T0.plusMillis(i * 10L));
            assertEquals(i < DenialBursts.ALONE_PER_WINDOW, alone, "refusal " + i);
        }
        assertTrue(bursts.ended(T0.plusSeconds(59)).isEmpty(), "the minute is not over");
        List<DenialBursts.Repeat> repeats = bursts.ended(T0.plusSeconds(60));
        assertEquals(1, repeats.size());
        assertEquals(1000 - DenialBursts.ALONE_PER_WINDOW, repeats.get(0).count());
        assertEquals(ANONYMOUS, repeats.get(0).source());
        assertEquals(T0, repeats.get(0).since());
        assertTrue(bursts.ended(T0.plusSeconds(120)).isEmpty(), "each repeat is handed out once");
    }

    @Test
    void aRepeatKeepsOnlyTheStartOfALongRequest() {
        String longest = "GET /" + "a".repeat(8000);
        for (int i = 0; i <= DenialBursts.ALONE_PER_WINDOW; i++) {
            bursts.alone(ANONYMOUS, longest, T0);
        }
        String kept = bursts.ended(T0.plusSeconds(60)).get(0).request();
        assertEquals(longest.substring(0, DenialBursts.MAX_REQUEST), kept);
    }

    @Test
    void sourcesAreCountedApart() {
        for (int i = 0; i < DenialBursts.ALONE_PER_WINDOW; i++) {
            bursts.alone(ANONYMOUS, "GET /x", T0);
        }
        assertFalse(bursts.alone(ANONYMOUS, "GET /x", T0));
        assertTrue(bursts.alone(VENDOR, "GET /x", T0), "another caller from the same address has its own count");
        assertTrue(bursts.alone(new DenialBursts.Source(Caller.anonymous(), "198.51.100.1"), "GET /x", T0));
    }

    @Test
    void aNewMinuteStartsAfreshAndClosesTheLastOne() {
        for (int i = 0; i <= DenialBursts.ALONE_PER_WINDOW; i++) {
            bursts.alone(ANONYMOUS, "GET /x" + i, T0);
        }
        assertTrue(bursts.alone(ANONYMOUS, "GET /y", T0.plusSeconds(61)));
        List<DenialBursts.Repeat> repeats = bursts.ended(T0.plusSeconds(62));
        assertEquals(1, repeats.size());
        assertEquals(1, repeats.get(0).count());
        assertEquals("GET /x" + DenialBursts.ALONE_PER_WINDOW, repeats.get(0).request());
    }

    @Test
    void aFewRefusalsLeaveNoRepeat() {
        bursts.alone(VENDOR, "GET /x", T0);
        assertTrue(bursts.ended(T0.plusSeconds(61)).isEmpty());
    }

    @Test
    void beyondTheSourceLimitNewSourcesShareOneCount() {
        for (int i = 0; i < DenialBursts.MAX_SOURCES; i++) {
            bursts.alone(new DenialBursts.Source(Caller.anonymous(), "10.0." + i / 256 + "." + i % 256), "GET /", T0);
        }
        for (int i = 0; i < DenialBursts.ALONE_PER_WINDOW; i++) {
            assertTrue(bursts.alone(new DenialBursts.Source(Caller.anonymous(), "172.16.0." + i), "GET /", T0));
        }
        assertFalse(bursts.alone(new DenialBursts.Source(Caller.anonymous(), "172.16.1.1"), "GET /", T0));
        assertEquals(DenialBursts.OVERFLOW, bursts.ended(T0.plusSeconds(60)).stream()
                .filter(r -> r.count() > 0).findFirst().orElseThrow().source());
    }
}
