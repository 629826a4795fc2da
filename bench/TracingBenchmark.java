import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitepass.platform.CityTime;
import org.sitepass.tracing.control.DayPartitions;

/**
 * How fast a tracer follows a case at the city's scale: 28 days of pass records at two sizes (10 and 30 million by
 * default, {@code SITEPASS_BENCH_TRACING_SIZES}), the larger more neighbourhoods of the same density
 * ({@link TracingData}), then at each size a case's 14-day visits, the co-visitors of one visit (the case's busiest:
 * the largest answer) and the whole case trace (the visits and every visit's co-visitors), 30 runs each after 20 warm-up
 * runs, p50 and p95. Timed twice: as the index-level cost, the equivalent SQL over JDBC (visits by
 * {@code (resident_ref, recorded_at)}, co-visitors by {@code (venue_id, recorded_at)}, a day range for partition
 * pruning), and through the app's API as {@code tracer1} with a Keycloak token, on a case registered by the
 * person's document number, when the app has the tracing cases API. The same person is the case at every size and
 * their neighbourhood is generated the same way at every size, so the answers are the same and only the table grows.
 * Prints the figures and writes them to {@code target/bench/tracing.json} after each size. The records stay for the
 * next run (which reuses, adds or removes groups of them); the case is closed. Run by
 * {@code bin/sitepass bench tracing}.
 */
public class TracingBenchmark {

    static final int WARM_UP = 20;
    static final int RUNS = 30;
    static final int CASE_DAYS = 14;
    static final Duration WINDOW = Duration.ofMinutes(30);
    /** Neighbourhood 4 of group 0, which every size has: a resident with a home compound and a workplace. */
    static final int CASE_PERSON = 4_325;
    static final Path OUT = Path.of(BenchRun.env("SITEPASS_BENCH_DIR", "target/bench"));
    static final String DOCUMENT_TYPE = "10";
    static final int LOADERS = Integer.parseInt(BenchRun.env("SITEPASS_BENCH_TRACING_LOADERS", "2"));

    public static void main(String[] args) throws Exception {
        List<Long> sizes = Arrays.stream(BenchRun.env("SITEPASS_BENCH_TRACING_SIZES", "10000000 30000000").trim()
                .split("[\\s,]+")).map(Long::parseLong).sorted().toList();
        LocalDate today = LocalDate.now(CityTime.ZONE);
        TracingData data = new TracingData(today, OUT);
        String base = BenchRun.env("SITEPASS_DB_URL", "");
        String url = base + (base.contains("?") ? "&" : "?") + "allowLoadLocalInfile=true";
        TracingData.Connector connector = () -> DriverManager.getConnection(url, BenchRun.env("SITEPASS_DB_USER", ""),
                BenchRun.env("SITEPASS_DB_PASSWORD", ""));
        try (Connection db = connector.open();
             Connection owner = DriverManager.getConnection(url, BenchRun.env("SITEPASS_DB_MIGRATION_USER", ""),
                     BenchRun.env("SITEPASS_DB_MIGRATION_PASSWORD", ""))) {
            int most = TracingData.groupsFor(sizes.get(sizes.size() - 1));
            long started = System.nanoTime();
            data.venues(db, most);
            data.residents(db, most * TracingData.GROUP_PEOPLE);
            List<LocalDate> split = data.partitions(db);
            System.out.printf("%,d venues and %,d residents ready in %.1f s%s%n", data.venues.length,
                    data.residents.length, (System.nanoTime() - started) / 1e9, split.isEmpty() ? ""
                            : "; split off the day partitions " + split.get(0) + " to " + split.get(split.size() - 1));
            int there = data.presentGroups(db);
            List<Long> order = new ArrayList<>(sizes);
            if (there >= most) {
                Collections.reverse(order); // what is there serves the largest size first: nothing to remove yet
            }
            System.out.printf("%d groups of pass records there; sizes in this order: %s%n", there, order);
            Lookups lookups = new Lookups(db, data.resident(CASE_PERSON), today);
            TracerApi api = TracerApi.open(ResidentsGenerator.idNumber(CASE_PERSON), today);
            List<Result> results = new ArrayList<>();
            try {
                for (long size : order) {
                    results.add(measure(db, owner, connector, data, size, lookups, api));
                    write(results, data);
                }
                System.out.print(growth(results));
            } finally {
                if (api != null) {
                    api.close();
                }
            }
        }
    }

    /** One size's data and figures. */
    record Result(long requested, int groups, long records, TracingData.Change change, String layout,
                  Figures sql, Figures api) {
    }

    /** The three lookups' timings at one layer. */
    record Figures(Timing visits, Timing coVisitors, Timing trace, String note, Cpu.Shares cpu) {

        Figures measured(Cpu.Shares shares) {
            return new Figures(visits, coVisitors, trace, note, shares);
        }

        String json() {
            return "{\"visits\": " + visits.json() + ", \"coVisitors\": " + coVisitors.json() + ", \"trace\": "
                    + trace.json() + (note == null ? "" : ", \"note\": \"" + note + "\"") + ", \"cpuCores\": "
                    + cpu.json() + "}";
        }
    }

    static Result measure(Connection db, Connection owner, TracingData.Connector connector, TracingData data,
                          long size, Lookups lookups, TracerApi api) throws Exception {
        int groups = TracingData.groupsFor(size);
        long records = data.rows(groups);
        System.out.printf("%nsize %,d: %d groups, %,d records, %,d residents, %,d venues%n", size, groups, records,
                groups * TracingData.GROUP_PEOPLE, groups * TracingData.GROUP_VENUES);
        TracingData.Change change = data.resize(db, owner, connector, LOADERS, groups);
        System.out.printf("loaded %,d records and removed %,d in %.1f s%s%n", change.added(), change.removed(),
                change.seconds(), change.added() == 0 ? "" : String.format(" (%,.0f records/s)",
                        change.added() / change.seconds()));
        try (Statement analyze = db.createStatement()) {
            analyze.execute("ANALYZE TABLE " + TracingData.TABLE);
        }
        String layout = lookups.layout(data);
        System.out.println(layout);
        Cpu cpu = Cpu.start();
        Figures sql = lookups.figures();
        sql = sql.measured(cpu.stop());
        print("sql", sql);
        Figures viaApi = null;
        if (api != null) {
            cpu = Cpu.start();
            viaApi = api.figures(lookups.busiest);
            viaApi = viaApi.measured(cpu.stop());
            print("api", viaApi);
        }
        return new Result(size, groups, records, change, layout, sql, viaApi);
    }

    static void print(String layer, Figures figures) {
        System.out.println(layer + "  " + figures.visits().line("visits, 14 days", "visits"));
        System.out.println(layer + "  " + figures.coVisitors().line("co-visitors of the busiest visit", "people"));
        System.out.println(layer + "  " + figures.trace().line("whole case trace", "co-visitors"));
        System.out.println(layer + "  " + figures.cpu());
    }

    // --- timing ----------------------------------------------------------------------------------------------------

    /** Milliseconds of one lookup, its answer's size. */
    record Timing(double first, double p50, double p95, double max, int answer) {

        String json() {
            return String.format(Locale.ROOT, "{\"firstMs\": %.2f, \"p50Ms\": %.2f, \"p95Ms\": %.2f, \"maxMs\": %.2f,"
                    + " \"answer\": %d, \"runs\": %d, \"warmUp\": %d}", first, p50, p95, max, answer, RUNS, WARM_UP);
        }

        String line(String what, String unit) {
            return String.format(Locale.ROOT, "%-34s p50 %8.2f ms  p95 %8.2f ms  max %8.2f ms  first %8.2f ms  %,6d %s",
                    what, p50, p95, max, first, answer, unit);
        }
    }

    static Timing time(Callable<Integer> lookup) throws Exception {
        double first = 0;
        int answer = 0;
        for (int i = 0; i < WARM_UP; i++) {
            long t = System.nanoTime();
            answer = lookup.call();
            if (i == 0) {
                first = (System.nanoTime() - t) / 1e6;
            }
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            answer = lookup.call();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(ms);
        return new Timing(first, BenchRun.pct(ms, 0.5), BenchRun.pct(ms, 0.95), ms.get(ms.size() - 1), answer);
    }

    // --- the SQL layer ---------------------------------------------------------------------------------------------

    /** A visit as the pass record has it. */
    record Visit(LocalDate day, long id, long venue, Instant at) {
    }

    /** The lookups as SQL over JDBC: what the database costs, without the app. */
    static final class Lookups {

        private final Connection db;
        private final String person;
        private final Instant from;
        private final Instant until;
        private final LocalDate today;
        Visit busiest;

        Lookups(Connection db, String person, LocalDate sampledOn) {
            this.db = db;
            this.person = person;
            this.today = sampledOn;
            this.from = sampledOn.minusDays(CASE_DAYS).atStartOfDay(CityTime.ZONE).toInstant();
            this.until = sampledOn.atStartOfDay(CityTime.ZONE).toInstant();
        }

        Figures figures() throws Exception {
            List<Visit> visits = visits();
            busiest = null;
            int most = -1;
            for (Visit visit : visits) {
                int people = coVisitors(visit);
                if (people > most) {
                    most = people;
                    busiest = visit;
                }
            }
            Visit one = busiest;
            return new Figures(time(() -> visits().size()), time(() -> coVisitors(one)), time(() -> {
                int people = 0;
                for (Visit visit : visits()) {
                    people += coVisitors(visit);
                }
                return people;
            }), null, null);
        }

        static final String VISITS = "SELECT r.day, r.id, r.venue_id, r.recorded_at, r.entrance, r.source,"
                + " r.credential_type, v.name FROM tracing_pass_record r LEFT JOIN sites_venue v ON v.id = r.venue_id"
                + " WHERE r.resident_ref = ? AND r.day BETWEEN ? AND ? AND r.recorded_at >= ? AND r.recorded_at < ?"
                + " ORDER BY r.recorded_at";
        static final String CO_VISITORS = "SELECT resident_ref FROM tracing_pass_record"
                + " WHERE venue_id = ? AND day BETWEEN ? AND ? AND recorded_at BETWEEN ? AND ?"
                + " AND resident_ref IS NOT NULL AND resident_ref <> ?";

        List<Visit> visits() throws SQLException {
            List<Visit> visits = new ArrayList<>();
            try (PreparedStatement query = db.prepareStatement(VISITS)) {
                bindVisits(query);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        visits.add(new Visit(rows.getObject(1, LocalDate.class), rows.getLong(2), rows.getLong(3),
                                rows.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC)));
                    }
                }
            }
            return visits;
        }

        private void bindVisits(PreparedStatement query) throws SQLException {
            query.setString(1, person);
            query.setObject(2, today.minusDays(CASE_DAYS));
            query.setObject(3, today.minusDays(1));
            query.setObject(4, utc(from));
            query.setObject(5, utc(until));
        }

        /** The distinct people at the visit's venue within the window around it. */
        int coVisitors(Visit visit) throws SQLException {
            Set<String> people = new HashSet<>();
            try (PreparedStatement query = db.prepareStatement(CO_VISITORS)) {
                bindCoVisitors(query, visit);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        people.add(rows.getString(1));
                    }
                }
            }
            return people.size();
        }

        private void bindCoVisitors(PreparedStatement query, Visit visit) throws SQLException {
            query.setLong(1, visit.venue());
            query.setObject(2, visit.at().minus(WINDOW).atZone(CityTime.ZONE).toLocalDate());
            query.setObject(3, visit.at().plus(WINDOW).atZone(CityTime.ZONE).toLocalDate());
            query.setObject(4, utc(visit.at().minus(WINDOW)));
            query.setObject(5, utc(visit.at().plus(WINDOW)));
            query.setString(6, person);
        }

        /**
         * The table's size in the 28 days' partitions, the average partition's indexes, and the plans: the key,
         * the partitions read and the rows the optimizer expects.
         */
        String layout(TracingData data) throws SQLException {
            StringBuilder text = new StringBuilder();
            String in = data.days.stream().map(d -> "'" + DayPartitions.name(d) + "'")
                    .collect(Collectors.joining(","));
            try (Statement s = db.createStatement();
                 ResultSet r = s.executeQuery("SELECT SUM(TABLE_ROWS), SUM(DATA_LENGTH), SUM(INDEX_LENGTH), COUNT(*)"
                         + " FROM information_schema.PARTITIONS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '"
                         + TracingData.TABLE + "' AND PARTITION_NAME IN (" + in + ")")) {
                r.next();
                long partitions = Math.max(1, r.getLong(4));
                text.append(String.format(Locale.ROOT, "the 28 day partitions: about %,d rows (all, the benchmark's"
                                + " and others'), %,d MB of rows and %,d MB of the two secondary indexes; a day's"
                                + " partition about %,d rows, each secondary index about %,d pages of 16 KB",
                        r.getLong(1), r.getLong(2) >> 20, r.getLong(3) >> 20, r.getLong(1) / partitions,
                        r.getLong(3) / partitions / 2 / 16_384));
            }
            Visit visit = busiest != null ? busiest : visits().stream().findFirst().orElse(null);
            try (PreparedStatement explain = db.prepareStatement(explain() + VISITS)) {
                bindVisits(explain);
                text.append("\n  visits plan: ").append(plan(explain));
            }
            if (visit != null) {
                try (PreparedStatement explain = db.prepareStatement(explain() + CO_VISITORS)) {
                    bindCoVisitors(explain, visit);
                    text.append("\n  co-visitors plan: ").append(plan(explain));
                }
            }
            return text.toString();
        }

        /** MariaDB shows the partitions read when asked; MySQL 8 always does and no longer knows the word. */
        private String explain() throws SQLException {
            return db.getMetaData().getDatabaseProductVersion().contains("MariaDB") ? "EXPLAIN PARTITIONS " : "EXPLAIN ";
        }

        private static String plan(PreparedStatement explain) throws SQLException {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = explain.executeQuery()) {
                while (r.next()) {
                    String partitions = r.getString("partitions");
                    tables.add(r.getString("table") + " by " + r.getString("key") + " ("
                            + (partitions == null ? "-" : partitions.split(",").length + " partitions") + ", about "
                            + r.getString("rows") + " rows)");
                }
            }
            return String.join("; ", tables);
        }

        private static LocalDateTime utc(Instant instant) {
            return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
    }

    // --- the API layer ---------------------------------------------------------------------------------------------

    /** The tracing cases API as tracer1 calls it, on one case registered for the run. */
    static final class TracerApi {

        private static final Pattern VISIT = Pattern.compile("\"visit\":\"([^\"]+)\"");
        private final String cases;
        private String token;
        private long tokenAt;

        private TracerApi(String cases) {
            this.cases = cases;
        }

        /** The case registered for the person, or none when the app has no tracing cases API (yet). */
        static TracerApi open(String documentNumber, LocalDate sampledOn) throws Exception {
            TracerApi api;
            HttpResponse<String> answer;
            try {
                api = new TracerApi(null);
                answer = BenchRun.send("POST", "/api/v1/tracing/cases", api.token(),
                        "{\"documentType\":\"" + DOCUMENT_TYPE + "\",\"documentNumber\":\"" + documentNumber
                                + "\",\"sampledOn\":\"" + sampledOn + "\",\"source\":\"BENCH-" + BenchRun.TAG
                                + "\",\"note\":\"bin/sitepass bench tracing\"}");
            } catch (ConnectException e) {
                System.out.println("no app at " + BenchRun.APP + ": the API is not timed");
                return null;
            }
            if (answer.statusCode() != 201) {
                System.out.println("the app registers no tracing case (" + answer.statusCode() + "): the API is not"
                        + " timed");
                return null;
            }
            String location = answer.headers().firstValue("Location").orElseThrow();
            String path = location.substring(location.indexOf("/api/"));
            System.out.println("registered the case " + path + " as tracer1");
            return new TracerApi(path);
        }

        /** A fresh token before each series, which outlasts none of the realm's access tokens. */
        private String token() throws Exception {
            if (token == null || System.nanoTime() - tokenAt > 60e9) {
                token = BenchRun.user("tracer1");
                tokenAt = System.nanoTime();
            }
            return token;
        }

        private String get(String path) throws Exception {
            return BenchRun.call("GET", cases + path, token(), null, 200);
        }

        Figures figures(Visit busiest) throws Exception {
            String visits = get("/visits");
            String visit = null;
            Matcher m = VISIT.matcher(visits);
            while (m.find()) {
                if (visit == null || m.group(1).endsWith("." + busiest.id())) {
                    visit = m.group(1);
                }
            }
            String note = visit != null && visit.endsWith("." + busiest.id()) ? null
                    : "the busiest visit of the SQL layer is not among the API's visits: timed the last one";
            String one = "/visits/" + visit + "/co-visitors";
            return new Figures(time(() -> count(get("/visits"), "\"visit\":")),
                    visit == null ? new Timing(0, 0, 0, 0, 0) : time(() -> count(get(one), "\"person\":")),
                    time(() -> count(get("/trace"), "\"person\":")), note, null);
        }

        static int count(String body, String key) {
            int n = 0;
            for (int at = body.indexOf(key); at >= 0; at = body.indexOf(key, at + 1)) {
                n++;
            }
            return n;
        }

        void close() throws Exception {
            HttpResponse<String> closed = BenchRun.send("POST", cases + "/close", token(), "{}");
            if (closed.statusCode() / 100 != 2) {
                System.out.println("the case was not closed (" + closed.statusCode() + "): " + closed.body());
            }
        }
    }

    // --- output ----------------------------------------------------------------------------------------------------

    static String growth(List<Result> results) {
        List<Result> bySize = bySize(results);
        if (bySize.size() < 2) {
            return "";
        }
        Result small = bySize.get(0);
        Result large = bySize.get(bySize.size() - 1);
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%ngrowth from %,d to %,d records (x%.2f):%n",
                small.records(), large.records(), large.records() / (double) small.records()));
        text.append(growthLine("sql", small.sql(), large.sql()));
        if (small.api() != null && large.api() != null) {
            text.append(growthLine("api", small.api(), large.api()));
        }
        return text.toString();
    }

    private static String growthLine(String layer, Figures small, Figures large) {
        return "  " + layer + String.format(Locale.ROOT, "  visits p50 x%.2f p95 x%.2f; co-visitors p50 x%.2f"
                + " p95 x%.2f; trace p50 x%.2f p95 x%.2f%n", ratios(small, large));
    }

    /** Large over small: p50 and p95 of the visits, the co-visitors and the trace. */
    private static Object[] ratios(Figures small, Figures large) {
        return new Object[] {large.visits().p50() / small.visits().p50(), large.visits().p95() / small.visits().p95(),
            large.coVisitors().p50() / small.coVisitors().p50(), large.coVisitors().p95() / small.coVisitors().p95(),
            large.trace().p50() / small.trace().p50(), large.trace().p95() / small.trace().p95()};
    }

    private static String growthJson(Figures small, Figures large) {
        if (small == null || large == null) {
            return "null";
        }
        return String.format(Locale.ROOT, "{\"visits\": {\"p50\": %.3f, \"p95\": %.3f}, \"coVisitors\": {\"p50\": %.3f,"
                + " \"p95\": %.3f}, \"trace\": {\"p50\": %.3f, \"p95\": %.3f}}", ratios(small, large));
    }

    static List<Result> bySize(List<Result> results) {
        return results.stream().sorted((a, b) -> Integer.compare(a.groups(), b.groups())).toList();
    }

    static void write(List<Result> results, TracingData data) throws Exception {
        StringBuilder json = new StringBuilder(String.format(Locale.ROOT, "{%n  \"run\": \"%s\",%n  \"at\": \"%s\","
                        + "%n  \"cores\": %d,%n  \"shape\": {\"days\": %d, \"firstDay\": \"%s\", \"peoplePerNeighbourhood\":"
                        + " %d, \"venuesPerNeighbourhood\": %d, \"neighbourhoodsPerGroup\": %d, \"passesPerPersonDay\":"
                        + " %.2f, \"passesPerVenueDay\": %.1f},%n  \"case\": {\"person\": %d, \"days\": %d,"
                        + " \"windowMinutes\": %d},%n  \"sizes\": [%n", BenchRun.TAG, Instant.now(),
                Runtime.getRuntime().availableProcessors(), TracingData.DAYS, data.days.get(0), TracingData.PEOPLE,
                TracingData.VENUES, TracingData.NEIGHBOURHOODS, TracingData.PASSES_PER_PERSON_DAY,
                TracingData.PASSES_PER_PERSON_DAY * TracingData.PEOPLE / TracingData.VENUES, CASE_PERSON, CASE_DAYS,
                WINDOW.toMinutes()));
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            json.append(String.format(Locale.ROOT, "    {\"requested\": %d, \"groups\": %d, \"records\": %d,"
                            + " \"residents\": %d, \"venues\": %d, \"loaded\": %d, \"removed\": %d,"
                            + " \"generationSeconds\": %.1f,%n     \"layout\": \"%s\",%n     \"sql\": %s,%n"
                            + "     \"api\": %s}%s%n", r.requested(), r.groups(), r.records(),
                    r.groups() * TracingData.GROUP_PEOPLE, r.groups() * TracingData.GROUP_VENUES, r.change().added(),
                    r.change().removed(), r.change().seconds(), r.layout().replace("\n", " ").replace("\"", "'"),
                    r.sql().json(), r.api() == null ? "null" : r.api().json(), i + 1 < results.size() ? "," : ""));
        }
        json.append("  ]");
        List<Result> bySize = bySize(results);
        if (bySize.size() > 1) {
            Result small = bySize.get(0);
            Result large = bySize.get(bySize.size() - 1);
            json.append(String.format(Locale.ROOT, ",%n  \"growth\": {\"records\": %.3f, \"sql\": %s, \"api\": %s}",
                    large.records() / (double) small.records(), growthJson(small.sql(), large.sql()),
                    growthJson(small.api(), large.api())));
        }
        json.append("\n}\n");
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve("tracing.json"), json);
        System.out.println("written to " + OUT.resolve("tracing.json"));
    }
}
