package org.sitepass.tracing.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.sitepass.platform.CityTime;
import org.sitepass.tracing.control.DayPartitions.Partition;

/**
 * Keeps the pass-record table's day partitions: creates them ahead and removes those past the retention period. DDL
 * commits by itself, so it runs on a connection of its own outside any JTA transaction, one statement at a time.
 * Instances that run the job at once take turns by a database lock; one that finds it taken leaves the work to the
 * holder, and a statement another instance already carried out (a partition that exists, or is gone) counts as done.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class TracingPartitions {

    /** Days from today for which partitions exist after each run: a week without the job keeps the doors apart. */
    static final int DAYS_AHEAD = 7;
    /** Sequence numbers deleted per statement, so that no transaction grows with a day's traffic. */
    static final int SEQUENCES_PER_CHUNK = 10_000;
    /** Named per schema: the lock is the server's, and a test schema's app must not wait for the dev schema's. */
    private static final String LOCK = "sitepass.tracing.partitions.";
    /**
     * How long a statement waits for the table's metadata lock (MariaDB and MySQL alike): the doors' inserts queue
     * behind a DDL that waits, so it gives up soon and the next run tries again.
     */
    static final int LOCK_WAIT_SECONDS = 5;
    private static final int DUPLICATE_PARTITION = 1517;
    private static final int NO_SUCH_PARTITION = 1507;
    /** Runs in a row that found the lock taken (two a day: the days ahead, then the purge) before a warning. */
    static final int MISSES_WORTH_A_WARNING = 6;
    private static final Logger LOG = Logger.getLogger(TracingPartitions.class.getName());

    @Resource(lookup = "java:global/jdbc/sitepass")
    DataSource dataSource;

    @Inject
    PurgeHistory history;

    private final AtomicInteger missedLocks = new AtomicInteger();

    /** Splits off the catch-all the partitions from today through a week ahead that are missing; answers their days. */
    public List<LocalDate> ensureAhead(LocalDate today, LocalDate firstKept) {
        return underLock("could not create the pass-record partitions ahead", List.of(), connection -> {
            List<LocalDate> missing = DayPartitions.missing(existing(connection), today, firstKept, DAYS_AHEAD);
            if (missing.isEmpty() || !execute(connection, DayPartitions.splitOff(missing))) {
                return List.of();
            }
            return missing;
        });
    }

    /** What removing a partition took away from one day. */
    public record Removed(LocalDate day, long records, long sequences) {
    }

    /**
     * Removes every partition whose days are all before {@code firstKept}, each day noted in the purge history and the
     * audit trail before its records go, then every sequence number and latest check-in of the days before; answers
     * what went.
     */
    public List<Removed> purge(LocalDate firstKept) {
        return underLock("could not purge the pass records past the retention period", List.of(), connection -> {
            List<Removed> gone = new ArrayList<>();
            for (Partition partition : DayPartitions.expired(existing(connection), firstKept)) {
                gone.addAll(remove(connection, partition, day -> history.record(partition.name(), day)));
            }
            deleteSequences(connection, firstKept);
            CheckInClaims.forget(connection, firstKept.atStartOfDay(CityTime.ZONE).toInstant());
            return gone;
        });
    }

    /**
     * Removes one partition's records, counted by day with their sequence numbers first, and each day's counts told to
     * {@code beforehand} before the records go, so that no day goes unnoted; answers each day gone. The sequence
     * numbers themselves go with {@link #deleteSequences}. The floor without records is left alone. Public for the
     * purge benchmark, which times exactly this.
     */
    public static List<Removed> remove(Connection connection, Partition partition, Consumer<Removed> beforehand)
            throws SQLException {
        Map<LocalDate, Long> records = recordsByDay(connection, partition);
        if (partition.isFloor() && records.isEmpty()) {
            return List.of();
        }
        Map<LocalDate, Long> sequences = sequencesByDay(connection, partition);
        List<Removed> removed = new ArrayList<>();
        for (Map.Entry<LocalDate, Long> day : DayPartitions.reported(partition, records).entrySet()) {
            removed.add(new Removed(day.getKey(), day.getValue(), sequences.getOrDefault(day.getKey(), 0L)));
        }
        removed.forEach(beforehand);
        return execute(connection, DayPartitions.removal(partition)) ? removed : List.of();
    }

    /** The table's partitions in order, as the database has them now; public for the purge benchmark. */
    public static List<Partition> existing(Connection connection) throws SQLException {
        List<Partition> partitions = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT PARTITION_NAME, PARTITION_DESCRIPTION"
                + " FROM information_schema.PARTITIONS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?"
                + " ORDER BY PARTITION_ORDINAL_POSITION")) {
            query.setString(1, DayPartitions.TABLE);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    partitions.add(Partition.described(rows.getString(1), rows.getString(2)));
                }
            }
        }
        return partitions;
    }

    static Map<LocalDate, Long> recordsByDay(Connection connection, Partition partition) throws SQLException {
        Map<LocalDate, Long> records = new TreeMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(DayPartitions.countByDay(partition))) {
            while (rows.next()) {
                records.put(rows.getDate(1).toLocalDate(), rows.getLong(2));
            }
        }
        return records;
    }

    /** The sequence numbers of the days a partition holds, by day. */
    static Map<LocalDate, Long> sequencesByDay(Connection connection, Partition partition) throws SQLException {
        Map<LocalDate, Long> sequences = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT day, COUNT(*) FROM tracing_device_sequence WHERE day < ? GROUP BY day")) {
            query.setDate(1, Date.valueOf(partition.before()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sequences.put(rows.getDate(1).toLocalDate(), rows.getLong(2));
                }
            }
        }
        return sequences;
    }

    /**
     * Deletes the sequence numbers of every day before {@code firstKept} a chunk per statement, those a run that
     * stopped after its drops left too; answers how many. Public for the purge benchmark.
     */
    public static long deleteSequences(Connection connection, LocalDate firstKept) throws SQLException {
        long deleted = 0;
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM tracing_device_sequence WHERE day < ? LIMIT " + SEQUENCES_PER_CHUNK)) {
            delete.setDate(1, Date.valueOf(firstKept));
            int chunk;
            do {
                chunk = delete.executeUpdate();
                deleted += chunk;
            } while (chunk == SEQUENCES_PER_CHUNK);
        }
        return deleted;
    }

    /** Runs one DDL statement; false when another instance had already done what it asks. */
    static boolean execute(Connection connection, String ddl) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(ddl);
            return true;
        } catch (SQLException e) {
            if (e.getErrorCode() == DUPLICATE_PARTITION || e.getErrorCode() == NO_SUCH_PARTITION) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Takes the partition job's database lock if free, and makes the connection's DDL wait briefly for the table; the
     * purge benchmark takes it too, to keep the job away. A lock taken on a session that then fails is given back.
     */
    public static boolean lock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(CONCAT(?, DATABASE()), 0)")) {
            statement.setString(1, LOCK);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next() || row.getInt(1) != 1) {
                    return false;
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION lock_wait_timeout = " + LOCK_WAIT_SECONDS);
        } catch (SQLException failed) {
            try {
                releaseLock(connection);
            } catch (SQLException again) {
                failed.addSuppressed(again);
            }
            throw failed;
        }
        return true;
    }

    /** Gives the lock back whatever else fails, and the pooled connection the server's lock wait again. */
    public static void unlock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION lock_wait_timeout = DEFAULT");
        } finally {
            releaseLock(connection);
        }
    }

    private static void releaseLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT RELEASE_LOCK(CONCAT(?, DATABASE()))")) {
            statement.setString(1, LOCK);
            statement.execute();
        }
    }

    /** One run's work on the job's connection, under its lock. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs the work under the job's lock, or answers {@code busy} when another instance holds it. A connection whose
     * lock or session setting may not have been given back is closed for good rather than returned to the pool, where
     * it would keep the lock from every other instance.
     */
    private <T> T underLock(String failure, T busy, Work<T> work) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException(failure, e);
        }
        boolean clean = false;
        try {
            if (!lock(connection)) {
                clean = true;
                lockTaken();
                return busy;
            }
            missedLocks.set(0);
            try {
                return work.run(connection);
            } finally {
                unlock(connection);
                clean = true;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(failure, e);
        } finally {
            giveBack(connection, clean);
        }
    }

    private void lockTaken() {
        int missed = missedLocks.incrementAndGet();
        if (missed >= MISSES_WORTH_A_WARNING) {
            LOG.log(Level.WARNING, "the pass-record partition job found its database lock taken {0} times in a row:"
                    + " another instance may hold it without doing the work", missed);
        }
    }

    private static void giveBack(Connection connection, boolean clean) {
        try (connection) {
            if (!clean) {
                connection.unwrap(Connection.class).abort(Runnable::run);
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "the pass-record partition job's connection could not be closed", e);
        }
    }
}
