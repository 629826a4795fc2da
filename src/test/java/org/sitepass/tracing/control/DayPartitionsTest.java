package org.sitepass.tracing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitepass.tracing.control.DayPartitions.Partition;

/** Day partitions in the city's calendar: their names, the days made ahead, and the days the retention removes. */
class DayPartitionsTest {

    private static final Partition FLOOR = Partition.described("p_before", "'2026-01-01'");
    private static final Partition CATCH_ALL = Partition.described("p_later", "MAXVALUE");

    @Test
    void aPartitionIsNamedByItsDay() {
        assertEquals("p20261204", DayPartitions.name(LocalDate.of(2026, 12, 4)));
        assertEquals("p20280229", DayPartitions.name(LocalDate.of(2028, 2, 29)));
    }

    @Test
    void theDayIsTheCitysNotUtcs() {
        assertEquals(LocalDate.of(2026, 12, 4), DayPartitions.day(Instant.parse("2026-12-03T16:00:00Z")));
        assertEquals(LocalDate.of(2026, 12, 3), DayPartitions.day(Instant.parse("2026-12-03T15:59:59.999999Z")));
        assertEquals(LocalDate.of(2027, 1, 1), DayPartitions.day(Instant.parse("2026-12-31T16:00:00Z")));
        assertEquals(LocalDate.of(2026, 12, 31), DayPartitions.day(Instant.parse("2026-12-31T15:59:59Z")));
    }

    @Test
    void theInformationSchemaDescriptionGivesTheBound() {
        assertEquals(new Partition("p20261204", LocalDate.of(2026, 12, 5)),
                Partition.described("p20261204", "'2026-12-05'"));
        assertEquals(new Partition("p_later", null), CATCH_ALL);
    }

    @Test
    void onAFreshTableTodayAndTheWeekAheadAreSplitOffTheCatchAll() {
        List<LocalDate> missing = aheadOnly(List.of(FLOOR, CATCH_ALL), LocalDate.of(2026, 12, 4), 7);
        assertEquals(LocalDate.of(2026, 12, 4).datesUntil(LocalDate.of(2026, 12, 12)).toList(), missing);
        assertEquals("ALTER TABLE tracing_pass_record REORGANIZE PARTITION p_later INTO ("
                + "PARTITION p20261204 VALUES LESS THAN ('2026-12-05'), "
                + "PARTITION p20261205 VALUES LESS THAN ('2026-12-06'), "
                + "PARTITION p_later VALUES LESS THAN (MAXVALUE))",
                DayPartitions.splitOff(missing.subList(0, 2)));
    }

    @Test
    void onlyTheDaysNotYetMadeAreMissing() {
        List<Partition> existing = List.of(FLOOR, day(2026, 12, 4), day(2026, 12, 5), CATCH_ALL);
        assertEquals(LocalDate.of(2026, 12, 6).datesUntil(LocalDate.of(2026, 12, 13)).toList(),
                aheadOnly(existing, LocalDate.of(2026, 12, 5), 7));
        List<Partition> aheadAlready = List.of(FLOOR, day(2026, 12, 20), CATCH_ALL);
        assertEquals(List.of(), aheadOnly(aheadAlready, LocalDate.of(2026, 12, 5), 7));
        assertThrows(IllegalArgumentException.class, () -> DayPartitions.splitOff(List.of()));
    }

    @Test
    void theWeekAheadCrossesMonthEndsYearEndAndLeapDays() {
        List<Partition> existing = List.of(FLOOR, CATCH_ALL);
        assertEquals(List.of("p20261228", "p20261229", "p20261230", "p20261231", "p20270101", "p20270102",
                        "p20270103", "p20270104"),
                names(aheadOnly(existing, LocalDate.of(2026, 12, 28), 7)));
        assertEquals(List.of("p20280226", "p20280227", "p20280228", "p20280229", "p20280301", "p20280302",
                        "p20280303", "p20280304"),
                names(aheadOnly(existing, LocalDate.of(2028, 2, 26), 7)));
        assertEquals("p20270301", names(aheadOnly(existing, LocalDate.of(2027, 2, 27), 7)).get(2));
        assertEquals(List.of("p20261130", "p20261201"),
                names(aheadOnly(existing, LocalDate.of(2026, 11, 30), 1)));
    }

    @Test
    void afterMissedRunsEachMissedDayStillKeptGetsItsOwnPartition() {
        List<Partition> existing = List.of(FLOOR, day(2026, 11, 30), CATCH_ALL);
        List<LocalDate> missing = DayPartitions.missing(existing, LocalDate.of(2026, 12, 4),
                LocalDate.of(2026, 11, 6), 7);
        assertEquals(LocalDate.of(2026, 12, 1).datesUntil(LocalDate.of(2026, 12, 12)).toList(), missing,
                "1 to 3 December are not taken by today's partition");
        List<Partition> longAgo = List.of(FLOOR, day(2026, 10, 1), CATCH_ALL);
        assertEquals(LocalDate.of(2026, 11, 6), DayPartitions.missing(longAgo, LocalDate.of(2026, 12, 4),
                LocalDate.of(2026, 11, 6), 7).get(0), "days already past the retention need no partition of their own");
    }

    @Test
    void aDayIsKeptUntilEveryRecordOfItIsOlderThanThePeriod() {
        LocalDate today = LocalDate.of(2026, 12, 4);
        assertEquals(LocalDate.of(2026, 11, 6), DayPartitions.firstKept(today, Duration.ofDays(28)));
        assertEquals(LocalDate.of(2028, 2, 1), DayPartitions.firstKept(LocalDate.of(2028, 2, 29),
                Duration.ofDays(28)));
        assertEquals(LocalDate.of(2026, 12, 31), DayPartitions.firstKept(LocalDate.of(2027, 1, 28),
                Duration.ofDays(28)));
    }

    @Test
    void theRetentionTakesTheDaysBeforeTheFirstKeptAndTheFloorOnceItIsPast() {
        List<Partition> existing = List.of(FLOOR, day(2026, 11, 5), day(2026, 11, 6), day(2026, 11, 7), CATCH_ALL);
        assertEquals(List.of(FLOOR, day(2026, 11, 5)), DayPartitions.expired(existing, LocalDate.of(2026, 11, 6)));
        assertEquals(List.of(), DayPartitions.expired(List.of(FLOOR, day(2025, 12, 31), CATCH_ALL),
                LocalDate.of(2025, 12, 31)));
        assertEquals(List.of(FLOOR), DayPartitions.expired(List.of(FLOOR, CATCH_ALL), LocalDate.of(2026, 1, 1)));
    }

    @Test
    void aDayIsDroppedWholeAndTheFloorEmptiedNeverDeletedRowByRow() {
        assertEquals("ALTER TABLE tracing_pass_record DROP PARTITION p20261105",
                DayPartitions.removal(day(2026, 11, 5)));
        assertEquals("ALTER TABLE tracing_pass_record TRUNCATE PARTITION p_before",
                DayPartitions.removal(FLOOR));
        assertEquals("SELECT day, COUNT(*) FROM tracing_pass_record PARTITION (p20261105) GROUP BY day",
                DayPartitions.countByDay(day(2026, 11, 5)));
        assertThrows(IllegalArgumentException.class, () -> DayPartitions.removal(CATCH_ALL));
        assertThrows(IllegalArgumentException.class,
                () -> DayPartitions.countByDay(new Partition("p1; DROP TABLE x", LocalDate.of(2026, 1, 1))));
    }

    @Test
    void aDayPartitionIsReportedEvenEmptyAndEveryDayItHeldWithItsRecords() {
        assertEquals(Map.of(LocalDate.of(2026, 11, 5), 0L), DayPartitions.reported(day(2026, 11, 5), Map.of()));
        assertEquals(Map.of(LocalDate.of(2026, 11, 2), 3L, LocalDate.of(2026, 11, 5), 7L),
                DayPartitions.reported(day(2026, 11, 5),
                        Map.of(LocalDate.of(2026, 11, 2), 3L, LocalDate.of(2026, 11, 5), 7L)));
        assertEquals(Map.of(LocalDate.of(2025, 12, 1), 4L),
                DayPartitions.reported(FLOOR, Map.of(LocalDate.of(2025, 12, 1), 4L)));
        assertEquals(Map.of(), DayPartitions.reported(FLOOR, Map.of()));
    }

    private static Partition day(int year, int month, int day) {
        LocalDate date = LocalDate.of(year, month, day);
        return new Partition(DayPartitions.name(date), date.plusDays(1));
    }

    private static List<String> names(List<LocalDate> days) {
        return days.stream().map(DayPartitions::name).toList();
    }

    /** The days ahead missing when every earlier day is past the retention: the job's days ahead alone. */
    private static List<LocalDate> aheadOnly(List<Partition> existing, LocalDate today, int daysAhead) {
        return DayPartitions.missing(existing, today, today, daysAhead);
    }
}
