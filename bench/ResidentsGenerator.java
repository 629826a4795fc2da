import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.sitepass.platform.control.BlindIndex;
import org.sitepass.platform.control.CryptoKeys;
import org.sitepass.platform.control.FieldCipher;
import org.sitepass.residents.control.ResidentsSealedColumns;

/**
 * The registry at the benchmarks' size: 1,000,000 residents (or the count given) with mixed colours, tests of every
 * age, pending and positive results, and vaccination doses, written straight into the database with multi-row inserts,
 * sealed and indexed in Java with the stack's keys exactly as the application does (the platform's own cipher and
 * blind index). Everything it makes has identifiers of its own (source {@value #SOURCE}, ID numbers of the retired
 * region code 310230, which nothing else issues), so it runs on a used stack; it is idempotent: a person or record
 * already there is skipped, so a second run adds only what the first did not finish. Run by
 * {@code bin/sitepass residents [count]}, and by the entry-check benchmark when residents are missing.
 */
public class ResidentsGenerator {

    static final String SOURCE = "bench-generator";
    static final String REGION = "310230";
    static final String[] DISTRICTS = {"310101", "310104", "310105", "310106", "310107", "310109", "310110",
        "310112", "310113", "310114", "310115", "310116", "310117", "310118", "310120", "310151"};
    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙"};
    static final String[] GIVEN = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰"};
    static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    /** Birth dates spread over this many days from 1940 on; the sequence number separates people born the same day. */
    static final int DAYS = 30_000;
    static final LocalDate FIRST_BIRTH = LocalDate.of(1940, 1, 1);
    /** People per transaction: rows of all five tables, a few tens of thousands, far below Galera's cap. */
    static final int CHUNK = 5_000;

    final FieldCipher cipher;
    final BlindIndex index;
    final Instant now = Instant.now();
    final SecureRandom references = new SecureRandom();

    ResidentsGenerator(FieldCipher cipher, BlindIndex index) {
        this.cipher = cipher;
        this.index = index;
    }

    public static void main(String[] args) throws Exception {
        try (Connection db = DriverManager.getConnection(env("SITEPASS_DB_URL"), env("SITEPASS_DB_USER"),
                env("SITEPASS_DB_PASSWORD"))) {
            generate(db, args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000);
        }
    }

    /** The first {@code count} of the generator's people and their records, those not there yet. */
    static void generate(Connection db, int count) throws SQLException {
        ResidentsGenerator generator = new ResidentsGenerator(
                new FieldCipher(CryptoKeys.fieldKeys("field keys", env("SITEPASS_CRYPTO_FIELD_KEYS")),
                        env("SITEPASS_CRYPTO_ACTIVE_KEY")),
                new BlindIndex(CryptoKeys.indexKey("index key", env("SITEPASS_CRYPTO_INDEX_KEY"))));
        db.setAutoCommit(false);
        long started = System.nanoTime();
        for (int first = 0; first < count; first += CHUNK) {
            generator.chunk(db, first, Math.min(count, first + CHUNK));
            db.commit();
            if ((first / CHUNK) % 20 == 19) {
                System.out.printf("%,d people in %.0f s%n", first + CHUNK, (System.nanoTime() - started) / 1e9);
            }
        }
        db.setAutoCommit(true);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("generated %,d residents (source %s) in %.1f s; the generator's rows now: %s%n",
                count, SOURCE, seconds, rows(db));
    }

    /** One transaction: a chunk's people and their records, or nothing when an earlier run committed them. */
    void chunk(Connection db, int first, int end) throws SQLException {
        if (ids(db, first, end).size() == end - first) {
            return;
        }
        try (PreparedStatement people = db.prepareStatement("""
                INSERT IGNORE INTO residents_resident (reference, document_type, number_sealed, number_index,
                  name_sealed, mobile_sealed, mobile_index, district_code, birth_date, sex, disabled, source,
                  source_id, source_time, created_at, updated_at, version)
                VALUES (?, '10', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")) {
            Timestamp stamp = Timestamp.from(now);
            for (int i = first; i < end; i++) {
                LocalDate born = FIRST_BIRTH.plusDays(i % DAYS);
                String number = idNumber(i);
                String mobile = i % 10 == 0 ? null : String.format("137%08d", i);
                people.setString(1, reference());
                people.setString(2, cipher.seal(number, ResidentsSealedColumns.NUMBER));
                people.setString(3, index.of("10:" + number, "residents.document"));
                people.setString(4, cipher.seal(name(i), ResidentsSealedColumns.NAME));
                people.setString(5, mobile == null ? null : cipher.seal(mobile, ResidentsSealedColumns.MOBILE));
                people.setString(6, mobile == null ? null : index.of(mobile, "residents.mobile"));
                people.setString(7, DISTRICTS[i % DISTRICTS.length]);
                people.setObject(8, born);
                people.setString(9, (number.charAt(16) - '0') % 2 == 1 ? "MALE" : "FEMALE");
                people.setBoolean(10, i % 100 == 42);
                people.setString(11, SOURCE);
                people.setString(12, sourceId("r", i));
                people.setTimestamp(13, stamp);
                people.setTimestamp(14, stamp);
                people.setTimestamp(15, stamp);
                people.addBatch();
            }
            people.executeBatch();
        }
        healthRecords(db, ids(db, first, end));
    }

    /** The database ids of this chunk's people, by their number in the run. */
    Map<Integer, Long> ids(Connection db, int first, int end) throws SQLException {
        Map<Integer, Long> ids = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement("SELECT id, source_id FROM residents_resident"
                + " WHERE source = ? AND source_id BETWEEN ? AND ?")) {
            query.setString(1, SOURCE);
            query.setString(2, sourceId("r", first));
            query.setString(3, sourceId("r", end - 1));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.put(Integer.parseInt(rows.getString(2).substring(6)), rows.getLong(1));
                }
            }
        }
        return ids;
    }

    /**
     * About 85 % green, 10 % yellow, 5 % red; nucleic-acid tests sampled within 48 h, within 72 h, days ago, pending or
     * positive, or none; antigen self-tests for one in ten; none to three doses.
     */
    void healthRecords(Connection db, Map<Integer, Long> ids) throws SQLException {
        Random random = new Random(ids.keySet().stream().mapToInt(Integer::intValue).min().orElse(0));
        try (PreparedStatement colour = db.prepareStatement("""
                INSERT IGNORE INTO residents_colour_change (resident_id, source, source_id, source_time, colour,
                  reason_code, reason_sealed, effective_at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement nat = db.prepareStatement("""
                INSERT IGNORE INTO residents_nat_test (resident_id, source, source_id, source_time, sampled_at,
                  resulted_at, result, institution_sealed, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement antigen = db.prepareStatement("""
                INSERT IGNORE INTO residents_antigen_test (resident_id, source, source_id, source_time, tested_at,
                  result, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement dose = db.prepareStatement("""
                INSERT IGNORE INTO residents_vaccination (resident_id, source, source_id, source_time, dose_number,
                  vaccinated_at, product, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            Timestamp stamp = Timestamp.from(now);
            for (Map.Entry<Integer, Long> person : ids.entrySet()) {
                int i = person.getKey();
                long id = person.getValue();
                int roll = random.nextInt(100);
                if (roll < 15) {
                    boolean red = roll < 5;
                    Instant effective = now.minus(Duration.ofHours(1 + random.nextInt(240)));
                    colour.setLong(1, id);
                    colour.setString(2, SOURCE);
                    colour.setString(3, sourceId("c", i));
                    colour.setTimestamp(4, Timestamp.from(effective));
                    colour.setString(5, red ? "RED" : "YELLOW");
                    colour.setString(6, red ? "CLOSE_CONTACT" : "TRIP");
                    colour.setString(7, cipher.seal(red ? "您被判定为密切接触者，请居家隔离。"
                            : "您近 7 天内到访过中风险地区，请尽快完成核酸检测。", ResidentsSealedColumns.COLOUR_REASON));
                    colour.setTimestamp(8, Timestamp.from(effective));
                    colour.setTimestamp(9, stamp);
                    colour.addBatch();
                }
                int test = random.nextInt(100);
                if (test < 95) {
                    Duration age = test < 60 ? Duration.ofMinutes(60 + random.nextInt(47 * 60))
                            : test < 80 ? Duration.ofMinutes(48 * 60 + random.nextInt(24 * 60))
                            : Duration.ofHours(72 + random.nextInt(24 * 10));
                    String result = test == 94 ? "POSITIVE" : test >= 91 ? "PENDING" : "NEGATIVE";
                    Instant sampled = now.minus(age);
                    nat.setLong(1, id);
                    nat.setString(2, SOURCE);
                    nat.setString(3, sourceId("n", i));
                    nat.setTimestamp(4, Timestamp.from(sampled));
                    nat.setTimestamp(5, Timestamp.from(sampled));
                    nat.setTimestamp(6, "PENDING".equals(result) ? null
                            : Timestamp.from(sampled.plus(Duration.ofHours(6))));
                    nat.setString(7, result);
                    nat.setString(8, cipher.seal("上海市第一人民医院", ResidentsSealedColumns.NAT_INSTITUTION));
                    nat.setTimestamp(9, stamp);
                    nat.addBatch();
                }
                if (random.nextInt(10) == 0) {
                    Instant tested = now.minus(Duration.ofMinutes(30 + random.nextInt(72 * 60)));
                    antigen.setLong(1, id);
                    antigen.setString(2, SOURCE);
                    antigen.setString(3, sourceId("a", i));
                    antigen.setTimestamp(4, Timestamp.from(tested));
                    antigen.setTimestamp(5, Timestamp.from(tested));
                    antigen.setString(6, "NEGATIVE");
                    antigen.setTimestamp(7, stamp);
                    antigen.addBatch();
                }
                for (int n = 1; n <= i % 4; n++) {
                    Instant given = Instant.parse("2021-04-01T02:00:00Z").plus(Duration.ofDays(60L * n));
                    dose.setLong(1, id);
                    dose.setString(2, SOURCE);
                    dose.setString(3, sourceId("v", i) + "-" + n);
                    dose.setTimestamp(4, Timestamp.from(given));
                    dose.setInt(5, n);
                    dose.setTimestamp(6, Timestamp.from(given));
                    dose.setString(7, "新冠病毒灭活疫苗（Vero细胞）");
                    dose.setTimestamp(8, stamp);
                    dose.addBatch();
                }
            }
            colour.executeBatch();
            nat.executeBatch();
            antigen.executeBatch();
            dose.executeBatch();
        }
    }

    static Map<String, Long> rows(Connection db) throws SQLException {
        Map<String, Long> rows = new TreeMap<>();
        for (String table : new String[] {"residents_resident", "residents_colour_change", "residents_nat_test",
            "residents_antigen_test", "residents_vaccination"}) {
            try (PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE source = ?")) {
                query.setString(1, SOURCE);
                try (ResultSet result = query.executeQuery()) {
                    result.next();
                    rows.put(table, result.getLong(1));
                }
            }
        }
        return rows;
    }

    /** Fixed width, so that a chunk's people are one range of the (source, source_id) index. */
    static String sourceId(String kind, int i) {
        return "gen-" + kind + "-" + String.format("%07d", i);
    }

    /** The name on the ID card of the generator's {@code i}-th person, as a card reader reads it. */
    static String name(int i) {
        return SURNAMES[i % SURNAMES.length] + GIVEN[i / 7 % GIVEN.length];
    }

    /**
     * The ID card number of the generator's {@code person}-th person: of the retired region 310230, born on one of DAYS
     * days, the sequence number separating people born the same day (GB 11643 check character).
     */
    static String idNumber(int person) {
        String body = REGION + FIRST_BIRTH.plusDays(person % DAYS).toString().replace("-", "")
                + String.format("%03d", person / DAYS);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    String reference() {
        byte[] bytes = new byte[16];
        references.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run through bin/sitepass residents");
        }
        return value;
    }
}
