package org.sitepass.tracing.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.sitepass.platform.Incidents;
import org.sitepass.platform.RequestRefused;
import org.sitepass.platform.StoredTime;
import org.sitepass.tracing.TracingTexts;
import org.sitepass.tracing.entity.PassRecordId;

/**
 * Where pass records are written, and the only place: a record is durable when {@code append} returns, so that a
 * door's answer never leaves before its record. One writer thread takes what concurrent requests wait to store and
 * writes it in one transaction of batched inserts, key rows and records together: one commit (MariaDB's costliest
 * part of a small insert) for many doors. Under overload a request is refused at once, "decide offline", rather than
 * queued until the device gives up: a door keeps working on its own rules, and uploads what it decided.
 */
@ApplicationScoped
public class PassLedger {

    static final int MOST_WAITING = 4096;
    static final int MOST_PER_BATCH = 500;
    /** Longer than a batch takes when the database is well; shorter than a device waits for its answer. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(1);
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    /** What a batch the writer has taken may take at worst before its request gives up on it. */
    private static final Duration LONGEST_WRITE = Duration.ofSeconds(30);
    /** Longer than a batch takes when the database is well; what an undeployment waits for the writer at most. */
    private static final Duration LONGEST_STOP = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(PassLedger.class.getName());

    final BlockingQueue<Pending> waiting = new ArrayBlockingQueue<>(MOST_WAITING);

    @Resource(lookup = "java:global/jdbc/sitepass")
    DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    private Thread writer;
    private volatile boolean stopped;

    @PostConstruct
    void start() {
        writer = threads.newThread(this::drain);
        writer.setName("tracing-pass-ledger");
        writer.start();
    }

    /**
     * Takes nothing more, and waits (a bounded while) for the writer to finish its batch and fail what was left: an
     * undeployed application must not leave its thread writing, nor a request waiting for a writer that is gone.
     */
    @PreDestroy
    void stop() {
        stopped = true;
        writer.interrupt();
        try {
            writer.join(LONGEST_STOP.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Records a pass of a door without a sequence of its own (a staff check, a check-in); answers its key. */
    public PassRecordId append(PassEntry entry) {
        return await(enqueue(new Pending(entry, null))).record();
    }

    /**
     * Records a sentry's check once: the key row and the record in one transaction, or, for a key already stored,
     * nothing. Refused (503, decide offline) when the writer is too far behind.
     */
    public Receipt append(PassEntry entry, CheckKey key) {
        return await(enqueue(new Pending(entry, key)));
    }

    /**
     * Records many checks (an offline batch), each once, answering each in order. A batch is taken only while it
     * leaves at least half of the queue free: uploads wait for a quieter moment, live checks never wait behind them.
     */
    public List<Receipt> appendAll(List<PassEntry> entries, List<CheckKey> keys) {
        if (stopped || waiting.size() + entries.size() > MOST_WAITING / 2) {
            throw overloaded();
        }
        List<Pending> pending = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            pending.add(new Pending(entries.get(i), keys.get(i)));
        }
        for (Pending each : pending) {
            if (!waiting.offer(each)) {
                pending.forEach(Pending::abandon);
                throw overloaded();
            }
        }
        return pending.stream().map(PassLedger::awaitTaken).toList();
    }

    private Pending enqueue(Pending pending) {
        if (stopped || !waiting.offer(pending)) {
            throw overloaded();
        }
        return pending;
    }

    /**
     * A batch that failed or takes too long is the database's trouble, not the request's: the door decides offline and
     * uploads what it decided, as under overload; the writer logged what went wrong.
     */
    static Receipt await(Pending pending) {
        try {
            return pending.receipt.get(LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            if (pending.abandon()) {
                throw overloaded();
            }
            return awaitTaken(pending);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the pass was being recorded", e);
        } catch (ExecutionException failed) {
            throw overloaded();
        }
    }

    /** Waits for a batch the writer took (or will take), which commits or fails as a whole. */
    static Receipt awaitTaken(Pending pending) {
        try {
            return pending.receipt.get(LONGEST_WRITE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException failed) {
            throw overloaded();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the pass was being recorded", e);
        }
    }

    private static RequestRefused overloaded() {
        return RequestRefused.unavailable("decide-offline", TracingTexts.text("tracing.refused.decideOffline"),
                RETRY_AFTER);
    }

    private void drain() {
        List<Pending> batch = new ArrayList<>(MOST_PER_BATCH);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(waiting.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            waiting.drainTo(batch, MOST_PER_BATCH - 1);
            List<Pending> taken = batch.stream().filter(Pending::take).toList();
            batch.clear();
            if (!taken.isEmpty()) {
                write(taken);
            }
        }
        List<Pending> left = new ArrayList<>();
        waiting.drainTo(left);
        left.forEach(p -> p.receipt.completeExceptionally(new IllegalStateException("the application is stopping")));
    }

    /**
     * One transaction: all of the batch is stored, or none of it and every request of it fails. Another instance may
     * be writing the same key at the same time: its key rows are written first, in one order everywhere so that two
     * writers wait on each other rather than deadlock, skipping a key that is there already; then read again under
     * lock, which sees the row as last committed. A key whose row is not this batch's is another check's answer, never
     * a failure of the whole batch.
     */
    void write(List<Pending> batch) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<Pending> claims = LedgerBatch.claims(batch);
                insertKeys(connection, claims);
                LedgerBatch plan = LedgerBatch.plan(batch, lockedKeys(connection, claims));
                insertRecords(connection, plan.toStore);
                connection.commit();
                plan.receipts.forEach((pending, receipt) -> pending.receipt.complete(receipt));
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            // Driver messages quote the values written (who passed where): only the incident's classes and frames.
            LOG.log(Level.SEVERE, "a batch of {0} pass records was not written: incident {1}",
                    new Object[] {batch.size(), Incidents.log(e)});
            batch.forEach(p -> p.receipt.completeExceptionally(e));
        }
    }

    private static Map<CheckKey.Slot, LedgerBatch.StoredKey> lockedKeys(Connection connection, List<Pending> claims)
            throws SQLException {
        Map<CheckKey.Slot, LedgerBatch.StoredKey> stored = new HashMap<>();
        if (claims.isEmpty()) {
            return stored;
        }
        // Equalities on the whole primary key, ORed: MariaDB reads them as that many ranges of the index.
        String where = String.join(" OR ", claims.stream().map(k -> "(device_id = ? AND sequence = ?)").toList());
        try (PreparedStatement select = connection.prepareStatement("SELECT device_id, sequence, day, record_id,"
                + " body_digest FROM tracing_device_sequence WHERE " + where + " FOR UPDATE")) {
            int i = 0;
            for (Pending claim : claims) {
                select.setLong(++i, claim.key.deviceId());
                select.setLong(++i, claim.key.sequence());
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stored.put(new CheckKey.Slot(rows.getLong(1), rows.getLong(2)), new LedgerBatch.StoredKey(
                            new PassRecordId(LocalDate.parse(rows.getString(3)), rows.getLong(4)), rows.getBytes(5)));
                }
            }
        }
        return stored;
    }

    private static void insertKeys(Connection connection, List<Pending> claims) throws SQLException {
        if (claims.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT IGNORE INTO tracing_device_sequence (device_id, sequence, day, record_id, body_digest)"
                        + " VALUES (?, ?, ?, ?, ?)")) {
            for (Pending pending : claims) {
                insert.setLong(1, pending.key.deviceId());
                insert.setLong(2, pending.key.sequence());
                insert.setString(3, pending.record.getDay().toString());
                insert.setLong(4, pending.record.getId());
                insert.setBytes(5, pending.key.digest());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertRecords(Connection connection, List<Pending> records) throws SQLException {
        if (records.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO tracing_pass_record (day, id, recorded_at, device_time, clock_drift_ms, venue_id,
                    entrance, source, device_id, sequence, staff, resident_ref, credential_type, temperature,
                    outcome, reasons, colour, decided_offline)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Pending pending : records) {
                bind(insert, pending.record, pending.entry);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void bind(PreparedStatement insert, PassRecordId key, PassEntry entry) throws SQLException {
        insert.setString(1, key.getDay().toString());
        insert.setLong(2, key.getId());
        insert.setObject(3, StoredTime.of(entry.recordedAt()));
        insert.setObject(4, entry.deviceTime() == null ? null : StoredTime.of(entry.deviceTime()), Types.VARCHAR);
        insert.setObject(5, entry.clockDriftMs(), Types.BIGINT);
        insert.setLong(6, entry.venueId());
        insert.setString(7, entry.entrance());
        insert.setString(8, entry.source().name());
        insert.setObject(9, entry.deviceId(), Types.BIGINT);
        insert.setObject(10, entry.sequence(), Types.BIGINT);
        insert.setString(11, entry.staff());
        insert.setString(12, entry.resident() == null ? null : entry.resident().value());
        insert.setString(13, entry.credential() == null ? null : entry.credential().name());
        insert.setBigDecimal(14, entry.temperature());
        insert.setString(15, entry.verdict().outcome().name());
        insert.setString(16, entry.reasonCodes());
        insert.setString(17, entry.colour() == null ? null : entry.colour().name());
        insert.setBoolean(18, entry.decidedOffline());
    }

    /** Random and positive: not time-ordered, so that a distributed engine spreads the inserts. */
    static long newId() {
        return ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    }
}
