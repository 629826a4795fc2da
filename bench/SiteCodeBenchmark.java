import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Review queue and district view at Hongkou's size: generates 70,000 venues in district 310109 (most with an
 * active code, a few thousand awaiting review, 30 days of review history), then times the officer's API calls
 * that the pages make, and removes what it generated (unless {@code SITEPASS_BENCH_DATA=keep}, to look at the
 * pages at that size). Everything it makes carries the run's own tag, and its code numbers are taken from the
 * district's sequence, so that runs never collide with each other, with kept data or with real venues, and the
 * clean-up removes this run's rows and no others. Run by {@code bin/sitepass bench sites}.
 */
public class SiteCodeBenchmark {

    static final String[] STREETS = {"310109009", "310109010", "310109011", "310109014", "310109016", "310109017",
        "310109018", "310109019"};
    static final String[] CATEGORIES = {"MARKET", "RESTAURANT", "OFFICE", "RESIDENTIAL", "MALL", "HOTEL",
        "MEDICAL", "SCHOOL", "ENTERTAINMENT", "OTHER"};
    static final String GENERATOR = BenchRun.GENERATOR;
    static final int VENUES = 70_000;
    static final int BACKLOG = 3_000;
    static final int RUNS = 30;

    public static void main(String[] args) throws Exception {
        String app = BenchRun.APP;
        try (Connection db = BenchRun.database()) {
            long started = System.nanoTime();
            generate(db);
            System.out.printf("generated %,d venues of %s in %s (%,d awaiting review) in %.1f s%n", VENUES,
                    GENERATOR, BenchRun.DISTRICT, BACKLOG, (System.nanoTime() - started) / 1e9);
            try {
                String token = BenchRun.user("officer1");
                HttpClient http = HttpClient.newHttpClient();
                System.out.printf("%-58s %8s %8s %8s%n", "officer1 request (" + RUNS + " runs each)", "median",
                        "p95", "max");
                time(http, app, token, "/api/v1/venue-reviews?size=25");
                time(http, app, token, "/api/v1/venue-reviews?size=25&page=100&sort=name");
                time(http, app, token, "/api/v1/venue-reviews?size=25&street=310109017&category=MARKET");
                time(http, app, token, "/api/v1/venue-reviews?size=25&submittedFrom="
                        + LocalDate.now().minusDays(7));
                time(http, app, token, "/api/v1/site-code-report");
                time(http, app, token, "/api/v1/site-code-report/csv");
            } finally {
                if (!"keep".equals(BenchRun.env("SITEPASS_BENCH_DATA", ""))) {
                    remove(db);
                }
            }
        }
    }

    static void generate(Connection db) throws SQLException {
        long firstNumber = BenchRun.reserveCodeNumbers(db, VENUES);
        db.setAutoCommit(false);
        Random random = new Random(42);
        Instant now = Instant.now();
        try (PreparedStatement venue = db.prepareStatement("""
                INSERT INTO sites_venue (manager, name, category_code, district_code, street_code, address,
                  operator_name, operator_credit_code, responsible_person, contact_mobile, entrances,
                  expected_daily_visitors, name_key, address_key, review_status, submitted_at, decided_at,
                  decided_by, code_number, code_status, issued_at, created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, '上海某某经营有限公司', ?, '张三', NULL, 2, 300, ?, ?, ?, ?,
                  ?, ?, ?, ?, ?, ?, ?, 0)""")) {
            for (int i = 1; i <= VENUES; i++) {
                boolean waiting = i <= BACKLOG;
                String street = STREETS[i % STREETS.length];
                String name = "基准场所 " + BenchRun.TAG + " " + i;
                String address = "虹口区测试路 " + i + " 号";
                Instant submitted = now.minus(Duration.ofMinutes(random.nextInt(30 * 24 * 60)));
                venue.setString(1, GENERATOR);
                venue.setString(2, name);
                venue.setString(3, CATEGORIES[i % CATEGORIES.length]);
                venue.setString(4, BenchRun.DISTRICT);
                venue.setString(5, street);
                venue.setString(6, address);
                // chains share an operator: one code per 50 venues
                venue.setString(7, BenchRun.creditCode(BenchRun.TAG + BenchRun.base31(i / 50, 3)));
                venue.setString(8, name.replace(" ", ""));
                venue.setString(9, address.replace(" ", ""));
                venue.setString(10, waiting ? "SUBMITTED" : "APPROVED");
                venue.setString(11, BenchRun.utc(submitted));
                venue.setString(12, waiting ? null : BenchRun.utc(submitted.plus(Duration.ofHours(3))));
                venue.setString(13, waiting ? null : "officer1");
                venue.setString(14, waiting ? null : BenchRun.codeNumber(firstNumber + i - 1));
                venue.setString(15, waiting ? null : "ACTIVE");
                venue.setString(16, waiting ? null : BenchRun.utc(submitted.plus(Duration.ofHours(3))));
                venue.setString(17, BenchRun.utc(submitted));
                venue.setString(18, BenchRun.utc(submitted));
                venue.addBatch();
                if (i % 5_000 == 0) {
                    venue.executeBatch();
                }
            }
        }
        execute(db, """
                INSERT INTO sites_review_event (venue_id, district_code, kind, actor, occurred_at)
                SELECT id, district_code, 'SUBMITTED', manager, submitted_at FROM sites_venue
                WHERE manager = ?""");
        execute(db, """
                INSERT INTO sites_review_event (venue_id, district_code, kind, actor, occurred_at)
                SELECT id, district_code, 'APPROVED', decided_by, decided_at FROM sites_venue
                WHERE manager = ? AND decided_at IS NOT NULL""");
        db.commit();
        db.setAutoCommit(true);
    }

    static void remove(Connection db) throws SQLException {
        execute(db, "DELETE e FROM sites_review_event e JOIN sites_venue v ON v.id = e.venue_id WHERE v.manager = ?");
        execute(db, "DELETE FROM sites_venue WHERE manager = ?");
    }

    static void execute(Connection db, String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, GENERATOR);
            s.executeUpdate();
        }
    }

    static void time(HttpClient http, String app, String token, String path) throws Exception {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS + 3; i++) {
            long t = System.nanoTime();
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(app + path))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
            double elapsed = (System.nanoTime() - t) / 1e6;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            if (i >= 3) {
                millis.add(elapsed);
            }
        }
        Collections.sort(millis);
        System.out.printf("%-58s %6.1f ms %6.1f ms %6.1f ms%n", path.replace("/api/v1", ""),
                millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1),
                millis.get(millis.size() - 1));
    }
}
