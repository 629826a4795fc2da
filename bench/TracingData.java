import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.sitepass.platform.CityTime;
import org.sitepass.tracing.control.DayPartitions;
import org.sitepass.tracing.control.DayPartitions.Partition;
import org.sitepass.tracing.control.TracingPartitions;

/**
 * The tracing benchmark's pass records: 28 city days (those before today, all still within the retention period) of
 * the generated residents passing the doors of generated venues, at any size, written with {@code LOAD DATA LOCAL
 * INFILE} a day per statement, each day's file in the primary key's order, two days at once by default
 * ({@code SITEPASS_BENCH_TRACING_LOADERS}).
 *
 * <p>The city is built of neighbourhoods of {@value #PEOPLE} residents and {@value #VENUES} venues (two residential
 * compounds, eight workplaces, eighty shops, restaurants and the like): Hongkou's ratio of 757,000 residents to 69,445
 * site codes, about 11 people per venue. A resident passes a door about 3.2 times a day: the gate of their compound
 * (9 days in 10, mostly in the evening), their workplace on weekdays (7 in 10 have one in the neighbourhood), and
 * 0 to 4 shops (1.85 on average; the popular ones more often, by Zipf's law), one in ten of them in another
 * neighbourhood of the same group. A venue thus sees about 36 passes a day on average, a compound about 450 and the
 * most popular shop about 330. A larger size is more groups of eight neighbourhoods, each generated the same way, so
 * one person's visits and one visit's co-visitors stay the same size whatever the size of the table.
 *
 * <p>The rows are the benchmark's by their ids, {@code FIRST_ID + (group << 24) + n}, a range of 2^36 at the top of
 * the id space that random ids hit once in 130 million, and their venues, which are managed by {@value #MANAGER} in
 * the retired district {@value #DISTRICT} that no login sees. A group's rows of a day go in one statement, so a group
 * is there for a day or not at all; a rerun finds what is there, adds what its size lacks and removes (as the
 * migration account: the runtime account may not delete pass records) what it has too much.
 */
final class TracingData {

    static final int PEOPLE = 1_000;
    static final int COMPOUNDS = 2;
    static final int WORKPLACES = 8;
    static final int SHOPS = 80;
    static final int VENUES = COMPOUNDS + WORKPLACES + SHOPS;
    static final int NEIGHBOURHOODS = 8;
    static final int GROUP_PEOPLE = NEIGHBOURHOODS * PEOPLE;
    static final int GROUP_VENUES = NEIGHBOURHOODS * VENUES;
    static final int DAYS = 28;
    /** Home 0.9, work 0.7 x 0.9 x 5/7, shops 1.85: what a group writes in 28 days, about. */
    static final double PASSES_PER_PERSON_DAY = 0.9 + 0.7 * 0.9 * 5 / 7 + 1.85;
    static final long FIRST_ID = Long.MAX_VALUE - (1L << 36) + 1;
    static final int GROUP_SHIFT = 24;
    static final String MANAGER = "bench-tracing";
    static final String DISTRICT = "310230";
    static final String TABLE = "tracing_pass_record";
    static final String[] SHOP_CATEGORIES = {"MARKET", "RESTAURANT", "MALL", "MEDICAL", "ENTERTAINMENT", "OTHER"};
    /** Shops by popularity, Zipf's law: the cumulative weights of 1/1, 1/2, ... 1/80. */
    static final double[] SHOP_WEIGHTS = zipf(SHOPS);
    static final double[] SHOPS_PER_DAY = {0.15, 0.25, 0.30, 0.20, 0.10};

    final List<LocalDate> days;
    final Path directory;
    long[] venues = new long[0];
    String[] residents = new String[0];

    TracingData(LocalDate today, Path directory) {
        this.days = today.minusDays(DAYS).datesUntil(today).toList();
        this.directory = directory;
    }

    static int groupsFor(long records) {
        return (int) Math.max(1, Math.round(records / (GROUP_PEOPLE * PASSES_PER_PERSON_DAY * DAYS)));
    }

    /** The generator's person {@code person} of the residents generator, its reference. */
    String resident(int person) {
        return residents[person];
    }

    // --- venues and residents --------------------------------------------------------------------------------------

    /** The venues of {@code groups} groups, those missing made now, a group per statement. */
    void venues(Connection db, int groups) throws SQLException {
        List<Long> ids = BenchRun.ids(db, "SELECT id FROM sites_venue WHERE manager = ? ORDER BY id", MANAGER);
        if (ids.size() % GROUP_VENUES != 0) {
            throw new IllegalStateException(ids.size() + " venues of " + MANAGER + ": not whole groups");
        }
        int have = ids.size() / GROUP_VENUES;
        if (have < groups) {
            long started = System.nanoTime();
            long first = BenchRun.reserveCodeNumbers(db, DISTRICT, (groups - have) * GROUP_VENUES);
            String now = BenchRun.utc(Instant.now());
            for (int g = have; g < groups; g++) {
                insertVenues(db, g, first + (long) (g - have) * GROUP_VENUES, now);
            }
            System.out.printf("made %,d venues of %s in district %s in %.1f s%n", (groups - have) * GROUP_VENUES,
                    MANAGER, DISTRICT, (System.nanoTime() - started) / 1e9);
            ids = BenchRun.ids(db, "SELECT id FROM sites_venue WHERE manager = ? ORDER BY id", MANAGER);
        }
        venues = ids.stream().mapToLong(Long::longValue).toArray();
    }

    private static void insertVenues(Connection db, int group, long firstNumber, String now) throws SQLException {
        StringBuilder sql = new StringBuilder("INSERT INTO sites_venue (manager, name, category_code, district_code,"
                + " address, name_key, address_key, review_status, code_number, code_status, issued_at, poster_format,"
                + " created_at, updated_at, version) VALUES ");
        List<String> values = new ArrayList<>();
        for (int v = 0; v < GROUP_VENUES; v++) {
            int n = group * NEIGHBOURHOODS + v / VENUES;
            int kind = v % VENUES;
            String name = "追踪基准 " + n + " 片 " + (kind < COMPOUNDS ? "小区 " + (kind + 1)
                    : kind < COMPOUNDS + WORKPLACES ? "单位 " + (kind - COMPOUNDS + 1)
                    : "商户 " + (kind - COMPOUNDS - WORKPLACES + 1));
            String category = kind < COMPOUNDS ? "RESIDENTIAL" : kind < COMPOUNDS + WORKPLACES ? "OFFICE"
                    : SHOP_CATEGORIES[kind % SHOP_CATEGORIES.length];
            String address = "基准路 " + n + " 弄 " + (kind + 1) + " 号";
            sql.append(v == 0 ? "" : ",").append("(?, ?, ?, ?, ?, ?, ?, 'APPROVED', ?, 'ACTIVE', ?, 'PAYLOAD', ?, ?, 0)");
            values.addAll(List.of(MANAGER, name, category, DISTRICT, address, name.replace(" ", ""),
                    address.replace(" ", ""), BenchRun.codeNumber(DISTRICT, firstNumber + v), now, now, now));
        }
        try (PreparedStatement insert = db.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                insert.setString(i + 1, values.get(i));
            }
            insert.executeUpdate();
        }
    }

    /** The references of the generator's first {@code count} residents, made by it where missing. */
    void residents(Connection db, int count) throws SQLException {
        ResidentsGenerator.generate(db, count);
        residents = new String[count];
        try (PreparedStatement query = db.prepareStatement("SELECT source_id, reference FROM residents_resident"
                + " WHERE source = ? AND source_id BETWEEN ? AND ?")) {
            query.setString(1, ResidentsGenerator.SOURCE);
            query.setString(2, ResidentsGenerator.sourceId("r", 0));
            query.setString(3, ResidentsGenerator.sourceId("r", count - 1));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    residents[Integer.parseInt(rows.getString(1).substring(6))] = rows.getString(2);
                }
            }
        }
    }

    // --- partitions ------------------------------------------------------------------------------------------------

    /**
     * Makes sure each of the 28 days has its own partition. The app's job splits off every day still kept when it
     * first runs on a table, so they are normally there; a day that is not is split off the catch-all as the job
     * does, under the job's lock.
     */
    List<LocalDate> partitions(Connection db) throws SQLException {
        List<Partition> existing = TracingPartitions.existing(db);
        List<String> names = existing.stream().map(Partition::name).toList();
        List<LocalDate> missing = days.stream().filter(day -> !names.contains(DayPartitions.name(day))).toList();
        if (missing.isEmpty()) {
            return missing;
        }
        LocalDate covered = existing.stream().map(Partition::before).filter(b -> b != null)
                .max(LocalDate::compareTo).orElse(LocalDate.MIN);
        if (missing.get(0).isBefore(covered)) {
            throw new IllegalStateException("the day " + missing.get(0) + " lies in a partition of other days");
        }
        List<LocalDate> split = missing.get(0).datesUntil(days.get(days.size() - 1).plusDays(1)).toList();
        if (!TracingPartitions.lock(db)) {
            throw new IllegalStateException("the partition job is running; try again in a minute");
        }
        try (Statement ddl = db.createStatement()) {
            ddl.execute("ALTER TABLE " + TABLE + " REORGANIZE PARTITION p_later INTO (" + split.stream()
                    .map(day -> "PARTITION " + DayPartitions.name(day) + " VALUES LESS THAN ('" + day.plusDays(1)
                            + "'), ").collect(Collectors.joining()) + "PARTITION p_later VALUES LESS THAN (MAXVALUE))");
        } finally {
            TracingPartitions.unlock(db);
        }
        return split;
    }

    // --- what is there, adding and removing ------------------------------------------------------------------------

    static long firstId(int group) {
        return FIRST_ID + ((long) group << GROUP_SHIFT);
    }

    /**
     * Whether the group's rows of the day are there, and made with today's venues: a group whose venues were
     * removed and made again since has rows naming the old ones, which count as not there (and are removed).
     */
    boolean present(PreparedStatement probe, LocalDate day, int group) throws SQLException {
        probe.setDate(1, Date.valueOf(day));
        probe.setLong(2, firstId(group));
        probe.setLong(3, firstId(group + 1) - 1);
        try (ResultSet row = probe.executeQuery()) {
            if (!row.next()) {
                return false;
            }
            long venue = row.getLong(1);
            return group < venues.length / GROUP_VENUES && venue >= venues[group * GROUP_VENUES]
                    && venue <= venues[(group + 1) * GROUP_VENUES - 1];
        }
    }

    /** How many groups are there on every one of the days: a rerun's starting size. */
    int presentGroups(Connection db) throws SQLException {
        int groups = Integer.MAX_VALUE;
        try (PreparedStatement probe = probe(db)) {
            for (LocalDate day : days) {
                int g = 0;
                while (present(probe, day, g)) {
                    g++;
                }
                groups = Math.min(groups, g);
            }
        }
        return groups;
    }

    private static PreparedStatement probe(Connection db) throws SQLException {
        return db.prepareStatement("SELECT venue_id FROM " + TABLE + " WHERE day = ? AND id BETWEEN ? AND ? LIMIT 1");
    }

    /** What changing the size did. */
    record Change(long added, long removed, double seconds) {
    }

    /** Opens a connection of the runtime account's, one for each loader. */
    @FunctionalInterface
    interface Connector {
        Connection open() throws SQLException;
    }

    /**
     * Leaves exactly the first {@code groups} groups on each day: removes the rest, those made with other venues and
     * any beyond, then loads the missing ones, {@code loaders} days at once (each its own connection and file).
     */
    Change resize(Connection db, Connection owner, Connector connector, int loaders, int groups) throws Exception {
        long started = System.nanoTime();
        long removed = 0;
        Map<LocalDate, List<Integer>> missing = new TreeMap<>();
        try (PreparedStatement probe = probe(db)) {
            for (LocalDate day : days) {
                for (int g = 0; g < groups; g++) {
                    if (!present(probe, day, g)) {
                        removed += remove(owner, day, firstId(g), firstId(g + 1) - 1);
                        missing.computeIfAbsent(day, d -> new ArrayList<>()).add(g);
                    }
                }
                removed += remove(owner, day, firstId(groups), Long.MAX_VALUE);
            }
        }
        if (removed > 0) {
            System.out.printf("  removed %,d records in %.0f s%n", removed, (System.nanoTime() - started) / 1e9);
        }
        AtomicLong added = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(loaders);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Map.Entry<LocalDate, List<Integer>> day : missing.entrySet()) {
                done.add(pool.submit(() -> {
                    try (Connection loader = connector.open()) {
                        long rows = added.addAndGet(load(loader, day.getKey(), day.getValue()));
                        System.out.printf("  %s: %d groups loaded (%,d records so far in %.0f s)%n", day.getKey(),
                                day.getValue().size(), rows, (System.nanoTime() - started) / 1e9);
                    }
                    return null;
                }));
            }
            for (Future<?> day : done) {
                day.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Change(added.get(), removed, (System.nanoTime() - started) / 1e9);
    }

    private static long remove(Connection owner, LocalDate day, long fromId, long toId) throws SQLException {
        long removed = 0;
        try (PreparedStatement delete = owner.prepareStatement("DELETE FROM " + TABLE
                + " WHERE day = ? AND id BETWEEN ? AND ? LIMIT 50000")) {
            delete.setDate(1, Date.valueOf(day));
            delete.setLong(2, fromId);
            delete.setLong(3, toId);
            int n;
            do {
                n = delete.executeUpdate();
                removed += n;
            } while (n > 0);
        }
        return removed;
    }

    /** Writes the day's rows of the groups into the file, then loads it in one statement; answers the rows. */
    long load(Connection db, LocalDate day, List<Integer> groups) throws SQLException, IOException {
        long rows = 0;
        Path file = directory.resolve("tracing-" + day + ".tsv");
        Files.createDirectories(directory);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            for (int group : groups) {
                rows += generate(day, group, out);
            }
        }
        try (Statement load = db.createStatement()) {
            long loaded = load.executeUpdate("LOAD DATA LOCAL INFILE '" + file.toAbsolutePath()
                    + "' INTO TABLE " + TABLE + " CHARACTER SET utf8mb4 (day, id, recorded_at, venue_id, entrance,"
                    + " source, staff, resident_ref, credential_type, outcome, reasons, colour, decided_offline)");
            if (loaded != rows) {
                throw new IllegalStateException("loaded " + loaded + " of " + rows + " records of " + day);
            }
        } finally {
            Files.deleteIfExists(file);
        }
        return rows;
    }

    /** The number of rows {@code groups} groups have over the 28 days: generated again, not counted in the table. */
    long rows(int groups) {
        long rows = 0;
        for (LocalDate day : days) {
            for (int g = 0; g < groups; g++) {
                rows += passes(day, g).size();
            }
        }
        return rows;
    }

    // --- the generator ---------------------------------------------------------------------------------------------

    /** One pass, before it is written. */
    record Pass(int person, int venue, long second) {
    }

    /**
     * One group's passes of one day, always the same for the same group and day, in id order, as tab-separated
     * lines for LOAD DATA; answers how many.
     */
    long generate(LocalDate day, int group, OutputStream out) throws IOException {
        List<Pass> passes = passes(day, group);
        long id = firstId(group);
        String dayText = day.toString();
        long dayStart = day.atStartOfDay(CityTime.ZONE).toEpochSecond();
        SplittableRandom random = new SplittableRandom(seed(day, group) ^ 0x5DEECE66DL);
        StringBuilder line = new StringBuilder(160);
        for (Pass pass : passes) {
            int kind = pass.venue() % VENUES;
            boolean staff = random.nextInt(100) < 15;
            line.setLength(0);
            line.append(dayText).append('\t').append(id++).append('\t');
            utc(line, dayStart + pass.second(), random.nextInt(1_000_000));
            line.append('\t').append(venues[pass.venue()]).append('\t')
                    .append(kind < COMPOUNDS ? (pass.person() % 2 == 0 ? "北门" : "南门") : "正门")
                    .append('\t').append(staff ? "STAFF" : "CHECK_IN").append('\t')
                    .append(staff ? MANAGER : "\\N").append('\t').append(residents[pass.person()])
                    .append("\tHEALTH_CODE\tPASS\t\tGREEN\t0\n");
            out.write(line.toString().getBytes(StandardCharsets.UTF_8));
        }
        return passes.size();
    }

    /** The day's passes of the group's people: venues and people by their index in the whole city. */
    static List<Pass> passes(LocalDate day, int group) {
        SplittableRandom random = new SplittableRandom(seed(day, group));
        boolean weekday = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
        List<Pass> passes = new ArrayList<>(GROUP_PEOPLE * 4);
        for (int p = 0; p < GROUP_PEOPLE; p++) {
            int person = group * GROUP_PEOPLE + p;
            int neighbourhood = person / PEOPLE;
            int k = person % PEOPLE;
            int base = neighbourhood * VENUES;
            if (random.nextInt(10) < 9) {
                long second = random.nextInt(10) < 6 ? hours(random, 17, 21) : hours(random, 7, 17);
                passes.add(new Pass(person, base + (k < PEOPLE / 2 ? 0 : 1), second));
            }
            if (weekday && k % 10 >= 3 && random.nextInt(10) < 9) {
                passes.add(new Pass(person, base + COMPOUNDS + k % WORKPLACES, hours(random, 7, 9) + 1_800));
            }
            double roll = random.nextDouble();
            int shops = 0;
            for (double sum = SHOPS_PER_DAY[0]; roll >= sum && shops < SHOPS_PER_DAY.length - 1; ) {
                sum += SHOPS_PER_DAY[++shops];
            }
            for (int s = 0; s < shops; s++) {
                int where = random.nextInt(10) == 0
                        ? group * NEIGHBOURHOODS * VENUES + random.nextInt(NEIGHBOURHOODS) * VENUES : base;
                passes.add(new Pass(person, where + COMPOUNDS + WORKPLACES + shop(random), hours(random, 9, 21)));
            }
        }
        return passes;
    }

    private static long hours(SplittableRandom random, int from, int to) {
        return from * 3_600L + random.nextInt((to - from) * 3_600);
    }

    private static int shop(SplittableRandom random) {
        double roll = random.nextDouble();
        for (int i = 0; i < SHOPS; i++) {
            if (roll < SHOP_WEIGHTS[i]) {
                return i;
            }
        }
        return SHOPS - 1;
    }

    private static double[] zipf(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }

    private static long seed(LocalDate day, int group) {
        return day.toEpochDay() * 1_000_003L + group;
    }

    /** {@code yyyy-MM-dd HH:mm:ss.ffffff} in UTC, as the app's connection (connectionTimeZone=UTC) stores instants. */
    static void utc(StringBuilder out, long epochSecond, int micros) {
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(epochSecond, 86_400));
        int second = (int) Math.floorMod(epochSecond, 86_400);
        out.append(date).append(' ');
        two(out, second / 3_600).append(':');
        two(out, second / 60 % 60).append(':');
        two(out, second % 60).append('.');
        String fraction = Integer.toString(micros);
        out.append("000000", 0, 6 - fraction.length()).append(fraction);
    }

    private static StringBuilder two(StringBuilder out, int value) {
        return out.append(value < 10 ? "0" : "").append(value);
    }
}
