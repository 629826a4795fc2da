import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.sitepass.tracing.control.DayPartitions;
import org.sitepass.tracing.control.DayPartitions.Partition;
import org.sitepass.tracing.control.TracingPartitions;

/**
 * The retention's cost for a day at Shanghai's scale: fills one day partition far in the past (2000-01-01, which no
 * door ever wrote to) with 1,000,000 generated pass records (or as many as the first argument says), nine in ten
 * from sentries with their sequence numbers, then times removing it exactly as the purge job does
 * ({@link TracingPartitions#remove}: count by day, drop the partition; then
 * {@link TracingPartitions#deleteSequences}: delete the sequence numbers of the days before in chunks). The day's
 * partition is carved out of {@code p_before} for the run and {@code p_before} is made whole again afterwards; the
 * run holds the partition job's lock throughout, so that the job of a running app waits its turn.
 * Connects as the application's runtime account ({@code SITEPASS_DB_URL}, {@code _USER}, {@code _PASSWORD}), whose
 * grants the job has. Prints the figures and writes them to {@code target/bench/purge.json}.
 */
public class PurgeBenchmark {

    static final int DEFAULT_RECORDS = 1_000_000;
    static final int ROWS_PER_INSERT = 1_000;
    static final int DEVICES = 7_000;
    static final int VENUES = 70_000;
    /** Device ids of the run's own, far above any the fleet hands out: its sequence numbers collide with none. */
    static final long FIRST_DEVICE = 9_000_000_000_000L;
    static final LocalDate DAY = LocalDate.of(2000, 1, 1);
    static final String REST = "p_bench_rest";
    static final String TABLE = "tracing_pass_record";

    static int generated = DEFAULT_RECORDS;

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            generated = Integer.parseInt(args[0]);
        }
        try (Connection db = DriverManager.getConnection(env("SITEPASS_DB_URL"), env("SITEPASS_DB_USER"),
                env("SITEPASS_DB_PASSWORD"))) {
            if (!TracingPartitions.lock(db)) {
                throw new IllegalStateException("the partition job is running; try again in a minute");
            }
            try {
                LocalDate floor = floorBound(db);
                execute(db, "ALTER TABLE " + TABLE + " REORGANIZE PARTITION p_before INTO ("
                        + "PARTITION p_before VALUES LESS THAN ('" + DAY + "'), "
                        + "PARTITION " + DayPartitions.name(DAY) + " VALUES LESS THAN ('" + DAY.plusDays(1) + "'), "
                        + "PARTITION " + REST + " VALUES LESS THAN ('" + floor + "'))");
                try {
                    run(db);
                } finally {
                    restore(db, floor);
                }
            } finally {
                TracingPartitions.unlock(db);
            }
        }
    }

    static void run(Connection db) throws SQLException, IOException {
        long started = System.nanoTime();
        long sequences = fill(db);
        double fillSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "filled %s with %,d pass records and %,d sequence numbers in %.1f s%n",
                DayPartitions.name(DAY), generated, sequences, fillSeconds);

        started = System.nanoTime();
        List<TracingPartitions.Removed> removed = TracingPartitions.remove(db,
                new Partition(DayPartitions.name(DAY), DAY.plusDays(1)), day -> { });
        TracingPartitions.deleteSequences(db, DAY.plusDays(1));
        double removeSeconds = (System.nanoTime() - started) / 1e9;
        long removedRecords = removed.stream().mapToLong(TracingPartitions.Removed::records).sum();
        long sequencesRemoved = removed.stream().mapToLong(TracingPartitions.Removed::sequences).sum();
        System.out.printf(Locale.ROOT, "purged the day as the job does: %,d records and %,d sequence numbers in "
                + "%.2f s%n", removedRecords, sequencesRemoved, removeSeconds);
        if (removedRecords != generated || sequencesRemoved != sequences) {
            throw new IllegalStateException("the purge removed other counts than the run wrote");
        }
        Path out = Path.of("target", "bench", "purge.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.format(Locale.ROOT, "{\"day\":\"%s\",\"records\":%d,\"sequences\":%d,"
                + "\"fillSeconds\":%.3f,\"purgeSeconds\":%.3f}%n", DAY, removedRecords, sequencesRemoved, fillSeconds,
                removeSeconds));
        System.out.println("written to " + out);
    }

    /** Writes the day's records in multi-row inserts, with a sentry's sequence number for nine in ten. */
    static long fill(Connection db) throws SQLException {
        SplittableRandom random = new SplittableRandom(20_000_101L);
        long[] nextSequence = new long[DEVICES];
        long sequences = 0;
        try (Statement insert = db.createStatement()) {
            for (int first = 0; first < generated; first += ROWS_PER_INSERT) {
                StringBuilder records = new StringBuilder("INSERT INTO " + TABLE + " (day, id, recorded_at,"
                        + " device_time, venue_id, entrance, source, device_id, sequence, resident_ref,"
                        + " credential_type, temperature, outcome, reasons, colour, decided_offline) VALUES ");
                StringBuilder numbers = new StringBuilder("INSERT INTO tracing_device_sequence (device_id, sequence,"
                        + " day, record_id, body_digest) VALUES ");
                int sentries = 0;
                for (int i = first; i < first + ROWS_PER_INSERT && i < generated; i++) {
                    long id = random.nextLong(1, Long.MAX_VALUE);
                    String at = "'" + DAY.atStartOfDay().plusNanos(random.nextLong(86_400_000_000L) * 1_000)
                            .toString().replace('T', ' ') + "'";
                    boolean sentry = random.nextInt(10) > 0;
                    boolean stop = random.nextInt(20) == 0;
                    String device = "NULL";
                    String sequence = "NULL";
                    if (sentry) {
                        int d = random.nextInt(DEVICES);
                        device = String.valueOf(FIRST_DEVICE + d);
                        sequence = String.valueOf(++nextSequence[d]);
                        numbers.append(sentries++ == 0 ? "" : ",").append('(').append(device).append(',')
                                .append(sequence).append(",'").append(DAY).append("',").append(id)
                                .append(",UNHEX(SHA2('").append(id).append("', 256)))");
                    }
                    records.append(i == first ? "" : ",").append("('").append(DAY).append("',").append(id)
                            .append(',').append(at).append(',').append(sentry ? at : "NULL").append(',')
                            .append(1 + random.nextInt(VENUES)).append(",'main','")
                            .append(sentry ? "SENTRY" : "STAFF").append("',").append(device).append(',')
                            .append(sequence).append(",'").append(residentRef(random)).append("','HEALTH_CODE',")
                            .append(36 + random.nextInt(15) / 10.0).append(stop ? ",'STOP','CODE_RED','RED'"
                                    : ",'PASS','','GREEN'").append(",0)");
                }
                insert.executeUpdate(records.toString());
                if (sentries > 0) {
                    insert.executeUpdate(numbers.toString());
                    sequences += sentries;
                }
            }
        }
        return sequences;
    }

    /** Makes p_before whole again: the day's partition gone (even when the run failed before), its rest merged back. */
    static void restore(Connection db, LocalDate floor) throws SQLException {
        boolean dayLeft = TracingPartitions.existing(db).stream()
                .anyMatch(p -> p.name().equals(DayPartitions.name(DAY)));
        if (dayLeft) {
            execute(db, "ALTER TABLE " + TABLE + " DROP PARTITION " + DayPartitions.name(DAY));
            try (Statement delete = db.createStatement()) {
                delete.executeUpdate("DELETE FROM tracing_device_sequence WHERE day = '" + DAY + "'");
            }
        }
        execute(db, "ALTER TABLE " + TABLE + " REORGANIZE PARTITION p_before, " + REST + " INTO ("
                + "PARTITION p_before VALUES LESS THAN ('" + floor + "'))");
    }

    static LocalDate floorBound(Connection db) throws SQLException {
        return TracingPartitions.existing(db).stream().filter(p -> p.name().equals("p_before")).findFirst()
                .map(Partition::before)
                .filter(bound -> bound.isAfter(DAY.plusDays(1)))
                .orElseThrow(() -> new IllegalStateException("no p_before partition after " + DAY + " to carve from"));
    }

    static void execute(Connection db, String ddl) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(ddl);
        }
    }

    /** An opaque 22-character reference, as residents hand them out. */
    static String residentRef(SplittableRandom random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run with bin/sitepass's environment");
        }
        return value;
    }
}
