package org.sitepass.tracing.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.InvalidInput;

class ExposureWindowTest {

    /** 2026-12-04 10:00 in Shanghai. */
    private static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");
    private static final LocalDate FIRST_KEPT = LocalDate.of(2026, 11, 7);

    private static String refusedField(String from, String to) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> ExposureWindow.of(
                from == null ? null : Instant.parse(from), to == null ? null : Instant.parse(to), NOW, FIRST_KEPT));
        return refused.problems().get(0).field();
    }

    @Test
    void aWindowAcrossMidnightStartsItsSearchOnTheFirstDayLessTheClockAllowance() {
        // 2026-12-03 23:30 to 2026-12-04 00:30 in the city
        ExposureWindow window = ExposureWindow.of(Instant.parse("2026-12-03T15:30:00Z"),
                Instant.parse("2026-12-03T16:30:00Z"), NOW, FIRST_KEPT);
        assertEquals(LocalDate.of(2026, 12, 3), window.firstDay());
        assertEquals(Instant.parse("2026-12-03T15:20:00Z"), window.earliestRecorded());

        // starting at 00:05 in the city, the clock allowance reaches back into the day before
        ExposureWindow justAfter = ExposureWindow.of(Instant.parse("2026-12-03T16:05:00Z"),
                Instant.parse("2026-12-03T17:00:00Z"), NOW, FIRST_KEPT);
        assertEquals(LocalDate.of(2026, 12, 3), justAfter.firstDay());
    }

    @Test
    void aWindowEndsAfterItStartsAndLastsAtMost72Hours() {
        assertEquals("to", refusedField("2026-12-03T08:00:00Z", "2026-12-03T08:00:00Z"));
        assertEquals("to", refusedField("2026-12-03T08:00:00Z", "2026-12-03T07:00:00Z"));
        assertEquals("to", refusedField("2026-11-30T01:59:59Z", "2026-12-03T02:00:00Z"));
        ExposureWindow.of(Instant.parse("2026-11-30T02:00:00Z"), Instant.parse("2026-12-03T02:00:00Z"), NOW,
                FIRST_KEPT);
    }

    @Test
    void aWindowIsInThePastAndWithinTheDaysStillKept() {
        assertEquals("to", refusedField("2026-12-04T01:00:00Z", "2026-12-04T02:00:01Z"));
        ExposureWindow.of(Instant.parse("2026-12-04T01:00:00Z"), NOW, NOW, FIRST_KEPT);
        // the first day kept starts at 2026-11-07 00:00 in the city, 2026-11-06 16:00 UTC
        assertEquals("from", refusedField("2026-11-06T15:59:59Z", "2026-11-06T18:00:00Z"));
        ExposureWindow.of(Instant.parse("2026-11-06T16:00:00Z"), Instant.parse("2026-11-06T18:00:00Z"), NOW,
                FIRST_KEPT);
    }

    @Test
    void bothEndsAreRequired() {
        assertEquals("from", refusedField(null, "2026-12-03T08:00:00Z"));
        assertEquals("to", refusedField("2026-12-03T08:00:00Z", null));
    }
}
