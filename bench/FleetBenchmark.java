import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shanghai's fleet on one machine: 7,000 sentries standing in Hongkou, of which REAL_DEVICES are real Keycloak
 * clients that beat through the API at the city's aggregate rate (7,000 devices, one beat per 30 s: 233/s); the
 * rest are rows with recent heartbeats. Times the heartbeat under that load and the vendor's and the district's
 * fleet views, prints the figures, and removes what it made: its devices (the real ones decommissioned first, their
 * Keycloak clients deleted), venues and model, and vendor3's company if the run registered it. Everything it makes
 * carries the run's own tag, and its code numbers are taken from the district's sequence, so that runs never collide
 * with each other or with anyone's data, and the clean-up removes this run's rows and no others. The audit trail
 * keeps what the run did: its entries are chained. Run by {@code bin/sitepass bench}.
 */
public class FleetBenchmark {

    static final int DEVICES = 7_000;
    static final int REAL_DEVICES = 100;
    static final double BEATS_PER_SECOND = DEVICES / 30.0;
    static final int SECONDS = 60;
    static final String VENDOR = "vendor3";
    static final String PREFIX = "BENCH-" + BenchRun.TAG + "-";
    static final String GENERATOR = "bench-" + BenchRun.TAG;

    /** HTTP/1.1, as sentries speak it: Grizzly's cleartext HTTP/2 upgrade loses request bodies under load. */
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static String app;
    static String realm;
    static long model;
    static String ownVendor;

    public static void main(String[] args) throws Exception {
        app = env("SITEPASS_APP_URL", "http://localhost:8080");
        realm = env("SITEPASS_OIDC_PROVIDER_URI", "http://localhost:8180/realms/sitepass");
        List<String[]> real = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(env("SITEPASS_DB_URL", ""), env("SITEPASS_DB_USER", ""),
                env("SITEPASS_DB_PASSWORD", ""))) {
            try {
                model = certifiedModel();
                long started = System.nanoTime();
                for (int i = 0; i < REAL_DEVICES; i++) {
                    String body = call("POST", "/api/v1/devices", user(VENDOR),
                            "{\"serial\":\"" + PREFIX + "R" + i + "\",\"modelId\":" + model + "}", 201);
                    real.add(new String[] {field(body, "deviceId"), field(body, "clientId"),
                        field(body, "clientSecret")});
                }
                System.out.printf("registered %d real devices (%s*) with their own Keycloak clients in %.1f s%n",
                        REAL_DEVICES, PREFIX, (System.nanoTime() - started) / 1e9);
                generate(db, model, real);
                List<String> tokens = new ArrayList<>();
                for (String[] device : real) {
                    tokens.add(clientToken(device[1], device[2]));
                }
                load(tokens);
                String vendorToken = user(VENDOR);
                String officerToken = user("officer1");
                System.out.printf("%-44s %8s %8s %8s%n", "fleet view (20 runs each)", "median", "p95", "max");
                time("vendor fleet, first 200 of 7,000 devices", "/api/v1/devices?size=200", vendorToken);
                time("district fleet, Hongkou", "/api/v1/district-devices", officerToken);
            } finally {
                remove(db, real);
            }
        }
    }

    /** Heartbeats from the real devices in turn, at the whole city's rate, for SECONDS. */
    static void load(List<String> tokens) throws InterruptedException {
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        ScheduledExecutorService pace = Executors.newScheduledThreadPool(1);
        long periodMicros = (long) (1_000_000 / BEATS_PER_SECOND);
        pace.scheduleAtFixedRate(() -> {
            String token = tokens.get(next.getAndIncrement() % tokens.size());
            String beat = "{\"firmwareVersion\":\"5.0.1\",\"uptimeSeconds\":100,\"queueLength\":0,\"deviceClock\":\""
                    + Instant.now() + "\"}";
            long t = System.nanoTime();
            HTTP.sendAsync(HttpRequest.newBuilder(URI.create(app + "/api/v1/devices/heartbeat"))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(beat)).build(),
                    HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> {
                        latencies.add((System.nanoTime() - t) / 1e6);
                        if (error != null || response.statusCode() != 204) {
                            failures.incrementAndGet();
                        }
                    });
        }, 0, periodMicros, TimeUnit.MICROSECONDS);
        Thread.sleep(SECONDS * 1000L);
        pace.shutdown();
        Thread.sleep(3_000);
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("heartbeats: %,d in %d s (%.0f/s, target %.0f/s), failed %d; latency median %.1f ms,"
                        + " p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", sorted.size(), SECONDS,
                (double) sorted.size() / SECONDS,
                BEATS_PER_SECOND, failures.get(), pct(sorted, 0.5), pct(sorted, 0.95), pct(sorted, 0.99),
                sorted.get(sorted.size() - 1));
    }

    /** The rest of the fleet as rows, standing at generated Hongkou venues, most heard within the last interval. */
    static void generate(Connection db, long model, List<String[]> real) throws SQLException {
        long vendor;
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT vendor_id FROM vendors_model WHERE id = " + model)) {
            r.next();
            vendor = r.getLong(1);
        }
        long firstNumber = BenchRun.reserveCodeNumbers(db, DEVICES);
        db.setAutoCommit(false);
        Instant now = Instant.now();
        try (PreparedStatement venue = db.prepareStatement("""
                INSERT INTO sites_venue (manager, name, category_code, district_code, street_code, address,
                  name_key, address_key, review_status, code_number, code_status, issued_at, created_at, updated_at,
                  version) VALUES (?, ?, 'MARKET', '310109', '310109009', ?, ?, ?, 'APPROVED', ?,
                  'ACTIVE', ?, ?, ?, 0)""", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement device = db.prepareStatement("""
                INSERT INTO devices_device (serial, vendor_id, model_id, client_id, status, registered_at,
                  last_seen_at, firmware_version, uptime_seconds, queue_length, clock_drift_ms, version)
                VALUES (?, ?, ?, ?, 'REGISTERED', ?, ?, '5.0.1', 100, 0, 0, 0)""", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement deployment = db.prepareStatement("""
                INSERT INTO devices_deployment (device_id, venue_id, district_code, entrance, status, proposed_at,
                  decided_at, version) VALUES (?, ?, '310109', ?, 'ACTIVE', ?, ?, 0)""")) {
            for (int i = 0; i < DEVICES; i++) {
                venue.setString(1, GENERATOR);
                venue.setString(2, "哨兵基准场所 " + BenchRun.TAG + " " + i);
                venue.setString(3, "虹口区基准路 " + i + " 号");
                venue.setString(4, "哨兵基准场所" + BenchRun.TAG + i);
                venue.setString(5, "虹口区基准路" + i + "号");
                venue.setString(6, BenchRun.codeNumber(firstNumber + i));
                venue.setString(7, utc(now));
                venue.setString(8, utc(now));
                venue.setString(9, utc(now));
                venue.executeUpdate();
                long venueId = key(venue);
                long deviceId;
                if (i < real.size()) {
                    deviceId = Long.parseLong(real.get(i)[0]);
                } else {
                    device.setString(1, PREFIX + "S" + i);
                    device.setLong(2, vendor);
                    device.setLong(3, model);
                    device.setString(4, "bench-sql-" + BenchRun.TAG + "-" + i);
                    device.setString(5, utc(now));
                    device.setString(6, utc(now.minusSeconds(i % 10 == 0 ? 600 : i % 30)));
                    device.executeUpdate();
                    deviceId = key(device);
                }
                deployment.setLong(1, deviceId);
                deployment.setLong(2, venueId);
                deployment.setString(3, "入口 " + (i % 4 + 1));
                deployment.setString(4, utc(now));
                deployment.setString(5, utc(now));
                deployment.executeUpdate();
            }
        }
        db.commit();
        db.setAutoCommit(true);
    }

    /** What this run made, and only that; the parts it did not get to make are skipped. */
    static void remove(Connection db, List<String[]> real) throws Exception {
        for (String[] device : real) {
            // Decommissioning deletes the device's Keycloak client with its own registration token.
            call("POST", "/api/v1/devices/" + device[0] + "/decommissioning", user(VENDOR), null, 200);
        }
        execute(db, "DELETE p FROM devices_deployment p JOIN devices_device d ON d.id = p.device_id"
                + " WHERE d.serial LIKE ?", PREFIX + "%");
        execute(db, "DELETE FROM devices_device WHERE serial LIKE ?", PREFIX + "%");
        execute(db, "DELETE FROM sites_venue WHERE manager = ?", GENERATOR);
        execute(db, "DELETE FROM vendors_document WHERE model_id = ?", model);
        execute(db, "DELETE FROM vendors_model WHERE id = ?", model);
        if (ownVendor != null) {
            execute(db, "DELETE FROM vendors_document WHERE vendor_id = ?", ownVendor);
            execute(db, "DELETE FROM vendors_vendor WHERE id = ?", ownVendor);
        }
    }

    static void execute(Connection db, String sql, Object value) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setObject(1, value);
            s.executeUpdate();
        }
    }

    /**
     * vendor3's company certified and a certified model of it, made through the API as a vendor would; the company is
     * registered (under a credit code of its own: past SiteCodeBenchmark's chain numbers) only if vendor3 has none.
     */
    static long certifiedModel() throws Exception {
        String vendor = user(VENDOR);
        String officer = user("officer1");
        String until = LocalDate.now().plusYears(1).toString();
        HttpResponse<String> mine = send("GET", "/api/v1/vendors/mine", vendor, null);
        if (mine.statusCode() == 404) {
            String company = "{\"name\":\"上海基准哨兵有限公司 " + BenchRun.TAG + "\",\"creditCode\":\""
                    + BenchRun.creditCode(BenchRun.TAG + "YYY") + "\",\"address\":\"上海市虹口区基准路 1 号\","
                    + "\"contactPerson\":\"孙静\",\"contactMobile\":\"13700000000\",\"serviceDistricts\":[\"310109\"]}";
            ownVendor = field(call("POST", "/api/v1/vendors", vendor, company, 201), "id");
            upload("/api/v1/vendors/mine/licences?fileName=licence.pdf", vendor);
            mine = send("POST", "/api/v1/vendors/mine/submission", vendor, null);
        }
        if (mine.body().contains("\"standing\":\"SUBMITTED\"")) {
            call("POST", "/api/v1/certifications/vendors/" + field(mine.body(), "id") + "/certification", officer,
                    "{\"certificateNumber\":\"SH-BENCH-V-" + BenchRun.TAG + "\",\"validUntil\":\"" + until + "\"}",
                    200);
        }
        String model = field(call("POST", "/api/v1/device-models", vendor, "{\"name\":\"基准型号 " + BenchRun.TAG
                + "\",\"formFactor\":\"PILLAR\",\"capabilities\":[\"HEALTH_CODE\"],\"firmwareVersion\":\"5.0.0\"}",
                201), "id");
        upload("/api/v1/device-models/" + model + "/test-report?fileName=report.pdf", vendor);
        call("POST", "/api/v1/device-models/" + model + "/submission", vendor, null, 200);
        call("POST", "/api/v1/certifications/models/" + model + "/certification", officer,
                "{\"certificateNumber\":\"SH-BENCH-M-" + BenchRun.TAG + "\",\"validUntil\":\"" + until + "\"}", 200);
        return Long.parseLong(model);
    }

    static void time(String label, String path, String token) throws Exception {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            long t = System.nanoTime();
            call("GET", path, token, null, 200);
            if (i >= 3) {
                millis.add((System.nanoTime() - t) / 1e6);
            }
        }
        Collections.sort(millis);
        System.out.printf("%-44s %6.1f ms %6.1f ms %6.1f ms%n", label, pct(millis, 0.5), pct(millis, 0.95),
                millis.get(millis.size() - 1));
    }

    static void upload(String path, String token) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(app + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofString("%PDF-1.4\n%%EOF\n")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException(path + " answered " + r.statusCode());
        }
    }

    static String call(String method, String path, String token, String json, int expected) throws Exception {
        HttpResponse<String> r = send(method, path, token, json);
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    static HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        // Keycloak's admin API is addressed in full, the app's by its path
        return HTTP.send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : app + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String user(String name) throws Exception {
        return token("grant_type=password&client_id=sitepass-cli&username=" + name + "&password=sitepass");
    }

    static String clientToken(String clientId, String secret) throws Exception {
        return token("grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret);
    }

    static String token(String form) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return field(r.body(), "access_token");
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in the answer");
        }
        return m.group(1);
    }

    static long key(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    static double pct(List<Double> sorted, double p) {
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * p) - 1));
    }

    static String utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).toString().replace('T', ' ');
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
