import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Review queue and district view at Hongkou's size: generates 70,000 venues in district 310109 (most with an
 * active code, a few thousand awaiting review, 30 days of review history), then times the officer's API calls
 * that the pages make, and removes what it generated (unless {@code SITEPASS_BENCH_DATA=keep}, to look at the
 * pages at that size). Run by {@code bin/sitepass bench}.
 */
public class SiteCodeBenchmark {

    static final String DISTRICT = "310109";
    static final String[] STREETS = {"310109009", "310109010", "310109011", "310109014", "310109016", "310109017",
        "310109018", "310109019"};
    static final String[] CATEGORIES = {"MARKET", "RESTAURANT", "OFFICE", "RESIDENTIAL", "MALL", "HOTEL",
        "MEDICAL", "SCHOOL", "ENTERTAINMENT", "OTHER"};
    static final String GENERATOR = "bench-generator";
    static final int VENUES = 70_000;
    static final int BACKLOG = 3_000;
    static final int RUNS = 30;

    public static void main(String[] args) throws Exception {
        String app = env("SITEPASS_APP_URL", "http://localhost:8080");
        String realm = env("SITEPASS_OIDC_PROVIDER_URI", "http://localhost:8180/realms/sitepass");
        try (Connection db = DriverManager.getConnection(env("SITEPASS_DB_URL", ""), env("SITEPASS_DB_USER", ""),
                env("SITEPASS_DB_PASSWORD", ""))) {
            remove(db);
            long started = System.nanoTime();
            generate(db);
            System.out.printf("generated %,d venues in %s (%,d awaiting review) in %.1f s%n", VENUES, DISTRICT,
                    BACKLOG, (System.nanoTime() - started) / 1e9);
            try {
                String token = token(realm, "officer1");
                HttpClient http = HttpClient.newHttpClient();
                System.out.printf("%-58s %8s %8s %8s%n", "officer1 request (" + RUNS + " runs each)", "median",
                        "p95", "max");
                time(http, app, token, "/api/v1/site-code-applications?size=25");
                time(http, app, token, "/api/v1/site-code-applications?size=25&page=100&sort=name");
                time(http, app, token, "/api/v1/site-code-applications?size=25&street=310109017&category=MARKET");
                time(http, app, token, "/api/v1/site-code-applications?size=25&submittedFrom="
                        + LocalDate.now().minusDays(7));
                time(http, app, token, "/api/v1/site-code-report");
                time(http, app, token, "/api/v1/site-code-report/csv");
            } finally {
                if (!"keep".equals(env("SITEPASS_BENCH_DATA", ""))) {
                    remove(db);
                }
            }
        }
    }

    static void generate(Connection db) throws SQLException {
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
                String name = "基准场所 " + i;
                String address = "虹口区测试路 " + i + " 号";
                Instant submitted = now.minus(Duration.ofMinutes(random.nextInt(30 * 24 * 60)));
                venue.setString(1, GENERATOR);
                venue.setString(2, name);
                venue.setString(3, CATEGORIES[i % CATEGORIES.length]);
                venue.setString(4, DISTRICT);
                venue.setString(5, street);
                venue.setString(6, address);
                venue.setString(7, creditCode(i));
                venue.setString(8, name.replace(" ", ""));
                venue.setString(9, address.replace(" ", ""));
                venue.setString(10, waiting ? "SUBMITTED" : "APPROVED");
                venue.setString(11, utc(submitted));
                venue.setString(12, waiting ? null : utc(submitted.plus(Duration.ofHours(3))));
                venue.setString(13, waiting ? null : "officer1");
                venue.setString(14, waiting ? null : codeNumber(8_000_000 + i));
                venue.setString(15, waiting ? null : "ACTIVE");
                venue.setString(16, waiting ? null : utc(submitted.plus(Duration.ofHours(3))));
                venue.setString(17, utc(submitted));
                venue.setString(18, utc(submitted));
                venue.addBatch();
                if (i % 5_000 == 0) {
                    venue.executeBatch();
                }
            }
        }
        try (Statement s = db.createStatement()) {
            s.executeUpdate("""
                    INSERT INTO sites_review_event (venue_id, district_code, kind, actor, occurred_at)
                    SELECT id, district_code, 'SUBMITTED', manager, submitted_at FROM sites_venue
                    WHERE manager = 'bench-generator'""");
            s.executeUpdate("""
                    INSERT INTO sites_review_event (venue_id, district_code, kind, actor, occurred_at)
                    SELECT id, district_code, 'APPROVED', decided_by, decided_at FROM sites_venue
                    WHERE manager = 'bench-generator' AND decided_at IS NOT NULL""");
        }
        db.commit();
        db.setAutoCommit(true);
    }

    static void remove(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("DELETE e FROM sites_review_event e JOIN sites_venue v ON v.id = e.venue_id "
                    + "WHERE v.manager = 'bench-generator'");
            s.executeUpdate("DELETE FROM sites_venue WHERE manager = 'bench-generator'");
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

    static String token(String realm, String user) throws Exception {
        String form = "grant_type=password&client_id=sitepass-cli&username=" + user + "&password=sitepass";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException("no token for " + user + ": " + response.statusCode());
        }
        return m.group(1);
    }

    /** Numbers the platform would issue, check character included, far above any real sequence. */
    static String codeNumber(long sequence) {
        String digits = DISTRICT + String.format("%07d", sequence);
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * ((1 << (digits.length() - i)) % 11);
        }
        int check = (12 - sum % 11) % 11;
        return DISTRICT + "-" + digits.substring(6) + "-" + (check == 10 ? "X" : String.valueOf(check));
    }

    /** Chains share an operator: one code per 50 venues (shape only; the data goes in by SQL, not through the form). */
    static String creditCode(int i) {
        return "9131000060721" + String.format("%04d", i / 50) + "U";
    }

    static String utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).toString().replace('T', ' ');
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
