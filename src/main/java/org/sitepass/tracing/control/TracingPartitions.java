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
import javax.sql.DataSource;
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

    @Resource(lookup = "java:global/jdbc/sitepass")
    DataSource dataSource;

    @Inject
    PurgeHistory history;

    /** Splits off the catch-all the partitions from today through a week ahead that are missing; answers their days. */
    public List<LocalDate> ensureAhead(LocalDate today) {
        try (Connection connection = dataSource.getConnection()) {
            if (!lock(connection)) {
                return List.of();
            }
            try {
                List<LocalDate> missing = DayPartitions.missing(existing(connection), today, DAYS_AHEAD);
                if (missing.isEmpty() || !execute(connection, DayPartitions.splitOff(missing))) {
                    return List.of();
                }
                return missing;
            } finally {
                unlock(connection);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the pass-record partitions ahead", e);
        }
    }

    /** What removing a partition took away from one day. */
    public record Removed(LocalDate day, long records, long sequences) {
    }

    /**
     * Removes every partition whose days are all before {@code firstKept}, with the sequence numbers of those days,
     * and records each day gone in the purge history; answers what went.
     */
    public List<Removed> purge(LocalDate firstKept) {
        List<Removed> gone = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            if (!lock(connection)) {
                return gone;
            }
            try {
                for (Partition partition : DayPartitions.expired(existing(connection), firstKept)) {
                    for (Removed day : remove(connection, partition)) {
                        history.record(day);
                        gone.add(day);
                    }
                }
            } finally {
                unlock(connection);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not purge the pass records past the retention period", e);
        }
        return gone;
    }

    /**
     * Removes one partition's records, counted by day first, then the sequence numbers of those days; answers each day
     * gone. The floor without records is left alone. Public for the purge benchmark, which times exactly this.
     */
    public static List<Removed> remove(Connection connection, Partition partition) throws SQLException {
        Map<LocalDate, Long> records = recordsByDay(connection, partition);
        if (partition.isFloor() && records.isEmpty() || !execute(connection, DayPartitions.removal(partition))) {
            return List.of();
        }
        List<Removed> removed = new ArrayList<>();
        for (Map.Entry<LocalDate, Long> day : DayPartitions.reported(partition, records).entrySet()) {
            removed.add(new Removed(day.getKey(), day.getValue(), deleteSequences(connection, day.getKey())));
        }
        return removed;
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

    /** Deletes a day's sequence numbers a chunk per statement; answers how many. */
    static long deleteSequences(Connection connection, LocalDate day) throws SQLException {
        long deleted = 0;
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM tracing_device_sequence WHERE day = ? LIMIT " + SEQUENCES_PER_CHUNK)) {
            delete.setDate(1, Date.valueOf(day));
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
     * purge benchmark takes it too, to keep the job away.
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
        }
        return true;
    }

    /** Gives the lock back, and the pooled connection the server's lock wait again. */
    public static void unlock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET SESSION lock_wait_timeout = DEFAULT");
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT RELEASE_LOCK(CONCAT(?, DATABASE()))")) {
            statement.setString(1, LOCK);
            statement.execute();
        }
    }
}
