package org.sitepass.tracing.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The history is noted before the records go, so a retried removal must count them once. */
class PurgedDayTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);
    private static final Instant FIRST = Instant.parse("2026-11-30T00:00:00Z");
    private static final Instant LATER = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void aRetriedRemovalOfTheSamePartitionCountsItsRecordsOnce() {
        PurgedDay purged = new PurgedDay(DAY, FIRST, "p20261101", 7, 3);
        purged.purged(LATER, "p20261101", 8, 3);
        assertEquals(8, purged.getRecords(), "a record that arrived between the tries counts too");
        assertEquals(3, purged.getSequences());
        assertEquals(LATER, purged.getPurgedAt());
    }

    @Test
    void recordsThatArrivedLateAndWentWithALaterPartitionAddUp() {
        PurgedDay purged = new PurgedDay(DAY, FIRST, "p20261101", 7, 3);
        purged.purged(LATER, "p20261102", 2, 1);
        purged.purged(LATER, "p20261102", 2, 1);
        assertEquals(9, purged.getRecords());
        assertEquals(4, purged.getSequences());
    }
}
