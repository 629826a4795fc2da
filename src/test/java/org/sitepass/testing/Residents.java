package org.sitepass.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitepass.platform.control.BlindIndex;
import org.sitepass.platform.control.CryptoKeys;
import org.sitepass.platform.control.FieldCipher;
import org.sitepass.residents.Colour;
import org.sitepass.residents.TestResult;
import org.sitepass.residents.control.ResidentRegistry;
import org.sitepass.residents.control.ResidentsSealedColumns;
import org.sitepass.residents.entity.DocumentNumber;
import org.sitepass.residents.entity.DocumentType;
import org.sitepass.residents.entity.PersonName;

/**
 * Residents for integration tests, written straight into the test database, sealed and indexed with the stack's
 * keys as the application does: each test makes its own people with fresh ID numbers, so tests share no state.
 */
public final class Residents {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 900_000));
    private static final FieldCipher CIPHER = new FieldCipher(
            CryptoKeys.fieldKeys("field keys", Stack.env("SITEPASS_CRYPTO_FIELD_KEYS")),
            Stack.env("SITEPASS_CRYPTO_ACTIVE_KEY"));
    private static final BlindIndex INDEX = new BlindIndex(
            CryptoKeys.indexKey("index key", Stack.env("SITEPASS_CRYPTO_INDEX_KEY")));

    /** A person as a test made them: the number and name in clear for the test to type, the reference as stored. */
    public record Person(long id, String reference, String idNumber, String name, String mobile) {
    }

    private Residents() {
    }

    /** A fresh resident ID card number of someone born on {@code born}, in Yangpu (310110), with a valid check. */
    public static String idNumber(LocalDate born) {
        String body = "310110" + born.toString().replace("-", "") + String.format("%03d", SERIAL.incrementAndGet()
                % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /**
     * A resident with an ID card, a name and a mobile, green unless the test adds records. Numbers of one birth date
     * are a thousand: one taken by an earlier run is skipped.
     */
    public static Person add(String name, LocalDate born, String mobile, boolean disabled) throws SQLException {
        return add(name, born, mobile, disabled, "310110");
    }

    /** The same, registered in the given household district, for tests of a district officer's scope. */
    public static Person add(String name, LocalDate born, String mobile, boolean disabled, String district)
            throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                return insert(idNumber(born), name, born, mobile, disabled, district);
            } catch (SQLIntegrityConstraintViolationException taken) {
                if (attempt == 20) {
                    throw taken;
                }
            }
        }
    }

    private static Person insert(String number, String name, LocalDate born, String mobile, boolean disabled,
                                 String district) throws SQLException {
        DocumentNumber document = DocumentNumber.of(DocumentType.RESIDENT_ID_CARD, number);
        String reference = ResidentRegistry.newReference().value();
        String sql = "INSERT INTO residents_resident (reference, document_type, number_sealed, number_index,"
                + " name_sealed, mobile_sealed, mobile_index, district_code, birth_date, sex, disabled, source,"
                + " source_id, source_time, created_at, updated_at, version)"
                + " VALUES (?, '10', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'test', ?, ?, ?, ?, 0)";
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection db = Database.testDatabase().getConnection();
             PreparedStatement insert = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, reference);
            insert.setString(2, CIPHER.seal(number, ResidentsSealedColumns.NUMBER));
            insert.setString(3, INDEX.of("10:" + number, "residents.document"));
            insert.setString(4, CIPHER.seal(PersonName.normalised(name), ResidentsSealedColumns.NAME));
            insert.setString(5, mobile == null ? null : CIPHER.seal(mobile, ResidentsSealedColumns.MOBILE));
            insert.setString(6, mobile == null ? null : INDEX.of(mobile, "residents.mobile"));
            insert.setString(7, district);
            insert.setObject(8, born);
            insert.setString(9, document.sex().map(Enum::name).orElse(null));
            insert.setBoolean(10, disabled);
            insert.setString(11, reference);
            insert.setTimestamp(12, now);
            insert.setTimestamp(13, now);
            insert.setTimestamp(14, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new Person(keys.getLong(1), reference, number, name, mobile);
            }
        }
    }

    /** Gives the person a colour from {@code effectiveAt} on, with a reason they can read. */
    public static void colour(Person person, Colour colour, String reason, Instant effectiveAt) throws SQLException {
        Database.update("INSERT INTO residents_colour_change (resident_id, source, source_id, source_time, colour,"
                        + " reason_code, reason_sealed, effective_at, received_at) VALUES (?, 'test', ?, ?, ?, 'TEST', ?,"
                        + " ?, ?)", person.id(), "c" + SERIAL.incrementAndGet(), Timestamp.from(effectiveAt),
                colour.name(), CIPHER.seal(reason, ResidentsSealedColumns.COLOUR_REASON),
                Timestamp.from(effectiveAt), Timestamp.from(Instant.now()));
    }

    /** Records a nucleic-acid test sampled at {@code sampledAt}, resulted an hour later. */
    public static void natTest(Person person, Instant sampledAt, TestResult result) throws SQLException {
        Database.update("INSERT INTO residents_nat_test (resident_id, source, source_id, source_time, sampled_at,"
                        + " resulted_at, result, institution_sealed, received_at) VALUES (?, 'test', ?, ?, ?, ?, ?, ?, ?)",
                person.id(), "n" + SERIAL.incrementAndGet(), Timestamp.from(sampledAt), Timestamp.from(sampledAt),
                Timestamp.from(sampledAt.plusSeconds(3600)), result.name(),
                CIPHER.seal("上海市第一人民医院", ResidentsSealedColumns.NAT_INSTITUTION), Timestamp.from(Instant.now()));
    }

    /** Binds a resident account (a demo user's name) to the person, undoing any binding either had. */
    public static void bind(String account, Person person) throws SQLException {
        Database.update("UPDATE residents_binding SET undone_at = ?, undone_by = 'test', undo_reason = 'test'"
                + " WHERE undone_at IS NULL AND (account = ? OR resident_id = ?)",
                Timestamp.from(Instant.now()), account, person.id());
        Database.update("INSERT INTO residents_binding (account, resident_id, bound_at, version) VALUES (?, ?, ?, 0)",
                account, person.id(), Timestamp.from(Instant.now()));
    }
}
