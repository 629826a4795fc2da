import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * What a benchmark run makes its data with: a tag of its own for every name, serial and code, and code numbers taken
 * from the district's sequence, so that runs never collide with each other, with kept data or with real records, and
 * a run's clean-up can remove exactly what it made.
 */
final class BenchRun {

    /** Both benchmarks stand in Hongkou. */
    static final String DISTRICT = "310109";
    /** Base 31 in the alphabet of credit codes, so that the tag also fits into one. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** Seconds since the epoch, which repeat only after 28 years. */
    static final String TAG = base31(Instant.now().getEpochSecond(), 6);

    private BenchRun() {
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
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.executeUpdate("INSERT IGNORE INTO sites_code_sequence (district_code, next_value) VALUES ('"
                    + DISTRICT + "', 1)");
            long first;
            try (ResultSet r = s.executeQuery("SELECT next_value FROM sites_code_sequence WHERE district_code = '"
                    + DISTRICT + "' FOR UPDATE")) {
                r.next();
                first = r.getLong(1);
            }
            s.executeUpdate("UPDATE sites_code_sequence SET next_value = " + (first + count)
                    + " WHERE district_code = '" + DISTRICT + "'");
            db.commit();
            return first;
        } finally {
            db.setAutoCommit(true);
        }
    }

    /** The number the platform issues for this place in the sequence, check character included. */
    static String codeNumber(long sequence) {
        String digits = DISTRICT + String.format("%07d", sequence);
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * ((1 << (digits.length() - i)) % 11);
        }
        int check = (12 - sum % 11) % 11;
        return DISTRICT + "-" + digits.substring(6) + "-" + (check == 10 ? "X" : String.valueOf(check));
    }
}
