package org.sitepass.tracing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The partition job against a scripted connection: every day is noted before its partition goes, whatever fails,
 * and the job's database lock never stays with a connection the pool hands out again.
 */
class TracingPartitionsTest {

    private static final LocalDate FIRST_KEPT = LocalDate.of(2026, 11, 6);
    private static final LocalDate OLD = LocalDate.of(2026, 11, 1);

    private final List<String> notedBeforeAnyDrop = new ArrayList<>();

    @Test
    void eachDayIsNotedWithItsCountsBeforeItsPartitionGoes() {
        FakeJdbc db = expiredDay();
        TracingPartitions partitions = job(db);
        List<TracingPartitions.Removed> gone = partitions.purge(FIRST_KEPT);
        assertEquals(List.of(new TracingPartitions.Removed(OLD, 7, 3)), gone);
        assertEquals(List.of("p20261101 " + OLD), notedBeforeAnyDrop);
        assertEquals(1, db.ran("ALTER TABLE tracing_pass_record DROP PARTITION p20261101").size());
    }

    @Test
    void aDropThatFailsLeavesTheDayNotedAndTheLockGivenBack() {
        FakeJdbc db = expiredDay().fails("ALTER TABLE", new SQLException("Lock wait timeout exceeded", "HY000", 1205));
        assertThrows(IllegalStateException.class, () -> job(db).purge(FIRST_KEPT));
        assertEquals(List.of("p20261101 " + OLD), notedBeforeAnyDrop, "the next run's note replaces this one");
        assertEquals(1, db.ran("SELECT RELEASE_LOCK").size());
        assertTrue(db.closed);
        assertFalse(db.aborted, "a connection that gave its lock back goes back to the pool");
    }

    @Test
    void sequenceNumbersAndLatestCheckInsOfEveryDayBeforeTheFirstKeptGo() {
        FakeJdbc db = expiredDay();
        job(db).purge(FIRST_KEPT);
        assertEquals(List.of("DELETE FROM tracing_device_sequence WHERE day < ? LIMIT "
                + TracingPartitions.SEQUENCES_PER_CHUNK), db.ran("DELETE FROM tracing_device_sequence"),
                "those a run that stopped after its drop left go too");
        assertEquals(List.of(CheckInClaims.FORGET), db.ran("DELETE FROM tracing_check_in_latest"));
    }

    /** Setting the lock wait after taking the lock, or setting it back before giving the lock back, fails. */
    @Test
    void aSessionSettingThatFailsGivesTheLockBackAndTheConnectionIsNotPooledAgain() {
        for (String setting : List.of("SET SESSION lock_wait_timeout = 5", "SET SESSION lock_wait_timeout = DEFAULT")) {
            FakeJdbc db = expiredDay().fails(setting, new SQLException("gone away"));
            assertThrows(IllegalStateException.class, () -> job(db).purge(FIRST_KEPT), setting);
            assertEquals(1, db.ran("SELECT RELEASE_LOCK").size(), setting);
            assertTrue(db.aborted, setting);
            assertTrue(db.closed, setting);
        }
    }

    @Test
    void aLockFoundTakenRunAfterRunIsWarnedOf() {
        FakeJdbc db = new FakeJdbc().rows("SELECT GET_LOCK", new Object[] {0});
        TracingPartitions partitions = job(db);
        List<LogRecord> warnings = new ArrayList<>();
        Logger log = Logger.getLogger(TracingPartitions.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel() == Level.WARNING) {
                    warnings.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(handler);
        try {
            for (int run = 1; run < TracingPartitions.MISSES_WORTH_A_WARNING; run++) {
                assertEquals(List.of(), partitions.purge(FIRST_KEPT));
            }
            assertEquals(List.of(), warnings, "another instance at work now and then is no cause");
            partitions.ensureAhead(FIRST_KEPT.plusDays(28), FIRST_KEPT);
            assertEquals(1, warnings.size());
        } finally {
            log.removeHandler(handler);
        }
        assertFalse(db.aborted);
    }

    private TracingPartitions job(FakeJdbc db) {
        TracingPartitions partitions = new TracingPartitions();
        partitions.dataSource = db.dataSource();
        partitions.history = new PurgeHistory() {
            @Override
            public void record(String partition, TracingPartitions.Removed removed) {
                if (db.ran("ALTER TABLE").isEmpty()) {
                    notedBeforeAnyDrop.add(partition + " " + removed.day());
                }
            }
        };
        return partitions;
    }

    /** A table with one day past the retention: 7 records and 3 sequence numbers. */
    private static FakeJdbc expiredDay() {
        return new FakeJdbc().rows("SELECT GET_LOCK", new Object[] {1})
                .rows("SELECT PARTITION_NAME", new Object[] {"p_before", "'2026-01-01'"},
                        new Object[] {"p20261101", "'2026-11-02'"}, new Object[] {"p20261106", "'2026-11-07'"},
                        new Object[] {"p_later", "MAXVALUE"})
                .rows("SELECT day, COUNT(*) FROM tracing_pass_record PARTITION (p20261101)", new Object[] {OLD, 7})
                .rows("SELECT day, COUNT(*) FROM tracing_device_sequence", new Object[] {OLD, 3});
    }
}
