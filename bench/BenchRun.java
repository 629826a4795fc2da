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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a benchmark run makes its data with: a tag of its own for every name, serial and code, and code numbers taken
 * from the district's sequence, so that runs never collide with each other, with kept data or with real records, and
 * a run's clean-up can remove exactly what it made. Also what the benchmarks share to speak to the stack: the API and
 * Keycloak as a vendor, an officer or a device would, and a fleet of sentries deployed at generated venues.
 */
final class BenchRun {

    /** Both benchmarks stand in Hongkou. */
    static final String DISTRICT = "310109";
    /** Base 31 in the alphabet of credit codes, so that the tag also fits into one. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** Seconds since the epoch, which repeat only after 28 years. */
    static final String TAG = base31(Instant.now().getEpochSecond(), 6);
    /** The serials of the run's devices start with it. */
    static final String PREFIX = "BENCH-" + TAG + "-";
    /** The run's venues are managed by it, a name no login has. */
    static final String GENERATOR = "bench-" + TAG;
    static final String VENDOR = "vendor3";

    /** HTTP/1.1, as sentries speak it: Grizzly's cleartext HTTP/2 upgrade loses request bodies under load. */
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final String APP = env("SITEPASS_APP_URL", "http://localhost:8080");
    static final String REALM = env("SITEPASS_OIDC_PROVIDER_URI", "http://localhost:8180/realms/sitepass");

    private BenchRun() {
    }

    /** A device registered through the API, with its own Keycloak client. */
    record Device(long id, String clientId, String secret) {
    }

    /**
     * The run's sentries: vendor3's certified model, the devices registered through the API, and vendor3's company if
     * the run had to register it.
     */
    record Fleet(long model, String ownVendor, List<Device> real) {
    }

    static Connection database() throws SQLException {
        return DriverManager.getConnection(env("SITEPASS_DB_URL", ""), env("SITEPASS_DB_USER", ""),
                env("SITEPASS_DB_PASSWORD", ""));
    }

    /** A certified model of vendor3's, for the run's devices; {@link #register} adds them. */
    static Fleet fleet() throws Exception {
        String[] vendor = new String[1];
        long model = certifiedModel(vendor);
        return new Fleet(model, vendor[0], new ArrayList<>());
    }

    /** {@code count} devices of the fleet's model registered as a vendor does, each with its own client. */
    static void register(Fleet fleet, int count) throws Exception {
        long started = System.nanoTime();
        String token = user(VENDOR);
        for (int i = 0; i < count; i++) {
            if (i % 100 == 99) {
                token = user(VENDOR); // registering a few hundred outlasts a vendor's token
            }
            String body = call("POST", "/api/v1/devices", token,
                    "{\"serial\":\"" + PREFIX + "R" + i + "\",\"modelId\":" + fleet.model() + "}", 201);
            fleet.real().add(new Device(Long.parseLong(field(body, "deviceId")), field(body, "clientId"),
                    field(body, "clientSecret")));
        }
        System.out.printf("registered %d real devices (%s*) with their own Keycloak clients in %.1f s%n",
                count, PREFIX, (System.nanoTime() - started) / 1e9);
    }

    /**
     * {@code venues} Hongkou venues with active site codes, and a sentry deployed at each of the first {@code devices}
     * of them: the fleet's real devices first, then rows with recent heartbeats.
     */
    static void stand(Connection db, Fleet fleet, int venues, int devices) throws SQLException {
        long vendor;
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT vendor_id FROM vendors_model WHERE id = " + fleet.model())) {
            r.next();
            vendor = r.getLong(1);
        }
        long firstNumber = reserveCodeNumbers(db, venues);
        db.setAutoCommit(false);
        String now = utc(Instant.now());
        try (PreparedStatement venue = db.prepareStatement("""
                INSERT INTO sites_venue (manager, name, category_code, district_code, street_code, address,
                  name_key, address_key, review_status, code_number, code_status, issued_at, created_at, updated_at,
                  version) VALUES (?, ?, 'MARKET', '310109', '310109009', ?, ?, ?, 'APPROVED', ?,
                  'ACTIVE', ?, ?, ?, 0)""")) {
            for (int i = 0; i < venues; i++) {
                venue.setString(1, GENERATOR);
                venue.setString(2, "哨兵基准场所 " + TAG + " " + i);
                venue.setString(3, "虹口区基准路 " + i + " 号");
                venue.setString(4, "哨兵基准场所" + TAG + i);
                venue.setString(5, "虹口区基准路" + i + "号");
                venue.setString(6, codeNumber(firstNumber + i));
                venue.setString(7, now);
                venue.setString(8, now);
                venue.setString(9, now);
                venue.addBatch();
                if (i % 5_000 == 4_999) {
                    venue.executeBatch();
                }
            }
            venue.executeBatch();
        }
        try (PreparedStatement device = db.prepareStatement("""
                INSERT INTO devices_device (serial, vendor_id, model_id, client_id, status, registered_at,
                  last_seen_at, firmware_version, uptime_seconds, queue_length, clock_drift_ms, version)
                VALUES (?, ?, ?, ?, 'REGISTERED', ?, ?, '5.0.1', 100, 0, 0, 0)""")) {
            Instant seen = Instant.now();
            for (int i = fleet.real().size(); i < devices; i++) {
                device.setString(1, PREFIX + "S" + i);
                device.setLong(2, vendor);
                device.setLong(3, fleet.model());
                device.setString(4, "bench-sql-" + TAG + "-" + i);
                device.setString(5, now);
                device.setString(6, utc(seen.minusSeconds(i % 10 == 0 ? 600 : i % 30)));
                device.addBatch();
            }
            device.executeBatch();
        }
        List<Long> deviceIds = new ArrayList<>(fleet.real().stream().map(Device::id).toList());
        deviceIds.addAll(ids(db, "SELECT id FROM devices_device WHERE serial LIKE ? ORDER BY id", PREFIX + "S%"));
        List<Long> venueIds = ids(db, "SELECT id FROM sites_venue WHERE manager = ? ORDER BY id", GENERATOR);
        try (PreparedStatement deployment = db.prepareStatement("""
                INSERT INTO devices_deployment (device_id, venue_id, district_code, entrance, status, proposed_at,
                  decided_at, version) VALUES (?, ?, '310109', ?, 'ACTIVE', ?, ?, 0)""")) {
            for (int i = 0; i < devices; i++) {
                deployment.setLong(1, deviceIds.get(i));
                deployment.setLong(2, venueIds.get(i));
                deployment.setString(3, "入口 " + (i % 4 + 1));
                deployment.setString(4, now);
                deployment.setString(5, now);
                deployment.addBatch();
            }
            deployment.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
    }

    /** What this run made, and only that; the parts it did not get to make are skipped. */
    static void remove(Connection db, Fleet fleet) throws Exception {
        String token = user(VENDOR);
        for (int i = 0; i < fleet.real().size(); i++) {
            if (i % 100 == 99) {
                token = user(VENDOR);
            }
            // Decommissioning deletes the device's Keycloak client with its own registration token.
            call("POST", "/api/v1/devices/" + fleet.real().get(i).id() + "/decommissioning", token, null, 200);
        }
        execute(db, "DELETE p FROM devices_deployment p JOIN devices_device d ON d.id = p.device_id"
                + " WHERE d.serial LIKE ?", PREFIX + "%");
        execute(db, "DELETE FROM devices_device WHERE serial LIKE ?", PREFIX + "%");
        execute(db, "DELETE FROM sites_venue WHERE manager = ?", GENERATOR);
        execute(db, "DELETE FROM vendors_document WHERE model_id = ?", fleet.model());
        execute(db, "DELETE FROM vendors_model WHERE id = ?", fleet.model());
        if (fleet.ownVendor() != null) {
            execute(db, "DELETE FROM vendors_document WHERE vendor_id = ?", fleet.ownVendor());
            execute(db, "DELETE FROM vendors_vendor WHERE id = ?", fleet.ownVendor());
        }
    }

    /**
     * vendor3's company certified and a certified model of it, made through the API as a vendor would; the company is
     * registered (under a credit code of its own: past SiteCodeBenchmark's chain numbers) only if vendor3 has none,
     * and then its id is left in {@code ownVendor[0]}.
     */
    static long certifiedModel(String[] ownVendor) throws Exception {
        String vendor = user(VENDOR);
        String officer = user("officer1");
        String until = LocalDate.now().plusYears(1).toString();
        HttpResponse<String> mine = send("GET", "/api/v1/vendors/mine", vendor, null);
        if (mine.statusCode() == 404) {
            String company = "{\"name\":\"上海基准哨兵有限公司 " + TAG + "\",\"creditCode\":\""
                    + creditCode(TAG + "YYY") + "\",\"address\":\"上海市虹口区基准路 1 号\","
                    + "\"contactPerson\":\"孙静\",\"contactMobile\":\"13700000000\",\"serviceDistricts\":[\"310109\"]}";
            ownVendor[0] = field(call("POST", "/api/v1/vendors", vendor, company, 201), "id");
            upload("/api/v1/vendors/mine/licences?fileName=licence.pdf", vendor);
            mine = send("POST", "/api/v1/vendors/mine/submission", vendor, null);
        }
        if (mine.body().contains("\"standing\":\"SUBMITTED\"")) {
            call("POST", "/api/v1/certifications/vendors/" + field(mine.body(), "id") + "/certification", officer,
                    "{\"certificateNumber\":\"SH-BENCH-V-" + TAG + "\",\"validUntil\":\"" + until + "\"}", 200);
        }
        String model = field(call("POST", "/api/v1/device-models", vendor, "{\"name\":\"基准型号 " + TAG
                + "\",\"formFactor\":\"PILLAR\",\"capabilities\":[\"HEALTH_CODE\"],\"firmwareVersion\":\"5.0.0\"}",
                201), "id");
        upload("/api/v1/device-models/" + model + "/test-report?fileName=report.pdf", vendor);
        call("POST", "/api/v1/device-models/" + model + "/submission", vendor, null, 200);
        call("POST", "/api/v1/certifications/models/" + model + "/certification", officer,
                "{\"certificateNumber\":\"SH-BENCH-M-" + TAG + "\",\"validUntil\":\"" + until + "\"}", 200);
        return Long.parseLong(model);
    }

    /** A Hongkou company's unified social credit code: the 9-character organisation code, GB 32100-2015 check. */
    static String creditCode(String organisation) {
        String code = "91" + DISTRICT + organisation;
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < code.length(); i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return code + ALPHABET.charAt((31 - sum % 31) % 31);
    }

    static String base31(long value, int width) {
        char[] digits = new char[width];
        for (int i = width - 1; i >= 0; i--) {
            digits[i] = ALPHABET.charAt((int) (value % 31));
            value /= 31;
        }
        return new String(digits);
    }

    /**
     * Takes {@code count} numbers from the district's sequence as the platform does, so that no one else issues
     * them; answers the first.
     */
    static long reserveCodeNumbers(Connection db, int count) throws SQLException {
        return reserveCodeNumbers(db, DISTRICT, count);
    }

    /** The same in another district's sequence. */
    static long reserveCodeNumbers(Connection db, String district, int count) throws SQLException {
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.executeUpdate("INSERT IGNORE INTO sites_code_sequence (district_code, next_value) VALUES ('"
                    + district + "', 1)");
            long first;
            try (ResultSet r = s.executeQuery("SELECT next_value FROM sites_code_sequence WHERE district_code = '"
                    + district + "' FOR UPDATE")) {
                r.next();
                first = r.getLong(1);
            }
            s.executeUpdate("UPDATE sites_code_sequence SET next_value = " + (first + count)
                    + " WHERE district_code = '" + district + "'");
            db.commit();
            return first;
        } finally {
            db.setAutoCommit(true);
        }
    }

    /** The number the platform issues for this place in the sequence, check character included. */
    static String codeNumber(long sequence) {
        return codeNumber(DISTRICT, sequence);
    }

    /** The same in another district's sequence. */
    static String codeNumber(String district, long sequence) {
        String digits = district + String.format("%07d", sequence);
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * ((1 << (digits.length() - i)) % 11);
        }
        int check = (12 - sum % 11) % 11;
        return district + "-" + digits.substring(6) + "-" + (check == 10 ? "X" : String.valueOf(check));
    }

    static List<Long> ids(Connection db, String sql, String value) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, value);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    static void execute(Connection db, String sql, Object value) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setObject(1, value);
            s.executeUpdate();
        }
    }

    static void upload(String path, String token) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(APP + path))
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
        return HTTP.send(HttpRequest.newBuilder(URI.create(APP + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String user(String name) throws Exception {
        return token("grant_type=password&client_id=sitepass-cli&username=" + name + "&password=sitepass");
    }

    static String clientToken(Device device) throws Exception {
        return token("grant_type=client_credentials&client_id=" + device.clientId() + "&client_secret="
                + device.secret());
    }

    static String token(String form) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(REALM + "/protocol/openid-connect/token"))
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
