package org.sitepass.tracing.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.CityTime;

/** The window around a case's visit: its bounds, long stays, midnight, and days the retention removed. */
class CoVisitWindowTest {

    private static final Duration HALF_HOUR = Duration.ofMinutes(30);
    private static final Duration LONGEST_STAY = Duration.ofHours(8);
    private static final Duration LATE_UPLOAD = Duration.ofHours(6);

    private static Instant city(String localTime) {
        return LocalDateTime.parse(localTime).atZone(CityTime.ZONE).toInstant();
    }

    private static CoVisitWindow around(String visit, String leftBy) {
        return CoVisitWindow.around(city(visit), HALF_HOUR, HALF_HOUR, leftBy == null ? null : city(leftBy),
                LONGEST_STAY);
    }

    @Test
    void byDefaultTheWindowReachesHalfAnHourEachWayAndHoldsItsBounds() {
        CoVisitWindow window = around("2026-12-01T10:00", null);
        assertEquals(city("2026-12-01T09:30"), window.from());
        assertEquals(city("2026-12-01T10:30"), window.to());
        assertTrue(window.holds(city("2026-12-01T09:30")));
        assertTrue(window.holds(city("2026-12-01T10:30")));
        assertFalse(window.holds(city("2026-12-01T09:30").minusSeconds(1)));
        assertFalse(window.holds(city("2026-12-01T10:30").plusSeconds(1)));
    }

    @Test
    void eachRequestMayChooseItsOwnReach() {
        CoVisitWindow window = CoVisitWindow.around(city("2026-12-01T10:00"), Duration.ofMinutes(10),
                Duration.ofHours(2), null, LONGEST_STAY);
        assertEquals(city("2026-12-01T09:50"), window.from());
        assertEquals(city("2026-12-01T12:00"), window.to());
        assertThrows(IllegalArgumentException.class, () -> CoVisitWindow.around(city("2026-12-01T10:00"),
                Duration.ofMinutes(-1), HALF_HOUR, null, LONGEST_STAY));
    }

    @Test
    void aLongStayEndingAtTheNextPassElsewhereWidensTheWindow() {
        CoVisitWindow window = around("2026-12-01T10:00", "2026-12-01T14:00");
        assertEquals(city("2026-12-01T09:30"), window.from());
        assertEquals(city("2026-12-01T14:30"), window.to());
    }

    @Test
    void aPassElsewhereBeyondTheLongestStayOrBeforeTheVisitSaysNothingOfTheStay() {
        assertEquals(city("2026-12-01T10:30"), around("2026-12-01T10:00", "2026-12-01T18:01").to());
        assertEquals(city("2026-12-01T10:30"), around("2026-12-01T10:00", "2026-12-01T09:00").to());
        assertEquals(city("2026-12-01T18:30"), around("2026-12-01T10:00", "2026-12-01T18:00").to());
    }

    @Test
    void aWindowAcrossMidnightTouchesBothDaysAndReadsTheirPartitions() {
        CoVisitWindow window = around("2026-12-01T23:50", null);
        assertEquals(List.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2)), window.days());
        assertEquals(city("2026-12-02T00:20"), window.to());
        assertEquals(List.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2)), window.recordedDays(LATE_UPLOAD));
        CoVisitWindow justAfter = around("2026-12-02T00:10", null);
        assertEquals(List.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2)), justAfter.days());
    }

    @Test
    void recordsAreReadFromBeforeTheWindowByTheDriftMarginToPastItByTheUploadAllowance() {
        CoVisitWindow window = around("2026-12-01T00:20", null);
        assertEquals(city("2026-11-30T23:45"), window.recordedFrom());
        assertEquals(city("2026-12-01T06:50"), window.recordedTo(LATE_UPLOAD));
        assertEquals(List.of(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1)), window.recordedDays(LATE_UPLOAD),
                "a window starting before midnight reads the day before too");
    }

    @Test
    void aPurgedDayOfTheWindowIsReportedGoneNotSilentlyEmpty() {
        CoVisitWindow window = around("2026-12-01T23:50", null);
        LocalDate first = LocalDate.of(2026, 12, 1);
        LocalDate second = LocalDate.of(2026, 12, 2);
        assertEquals(List.of(first), window.goneDays(Set.of(first), LocalDate.of(2026, 11, 1), Set.of()));
        assertEquals(List.of(), window.goneDays(Set.of(), LocalDate.of(2026, 11, 1), Set.of()),
                "a kept day where nobody passed is empty, not gone");
        assertEquals(List.of(first), window.goneDays(Set.of(), second, Set.of()),
                "a day past the retention period is gone even before the purge notes it");
        assertEquals(List.of(), window.goneDays(Set.of(), second, Set.of(first)),
                "while its records are still there, it is not");
    }

    @Test
    void overlapIsTheTimeBothWereThere() {
        CoVisitWindow window = around("2026-12-01T10:00", null);
        assertEquals(HALF_HOUR, window.overlap(city("2026-12-01T10:00")));
        assertEquals(Duration.ofMinutes(20), window.overlap(city("2026-12-01T09:50")));
        assertEquals(Duration.ofMinutes(20), window.overlap(city("2026-12-01T10:10")));
        assertEquals(Duration.ZERO, window.overlap(city("2026-12-01T09:30")));
        assertEquals(Duration.ZERO, window.overlap(city("2026-12-01T10:30")));
        CoVisitWindow longStay = around("2026-12-01T10:00", "2026-12-01T14:00");
        assertEquals(HALF_HOUR, longStay.overlap(city("2026-12-01T13:00")), "anyone during a long stay overlaps");
        assertEquals(Duration.ofMinutes(10), longStay.overlap(city("2026-12-01T14:20")));
    }
}
