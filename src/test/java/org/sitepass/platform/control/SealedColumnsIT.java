package org.sitepass.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitepass.sites.control.SitesSealedColumns;
import org.sitepass.testing.Database;
import org.sitepass.vendors.control.VendorsSealedColumns;

/** The start-up step that seals names stored in clear before their column was sealed, on a real MariaDB/MySQL. */
class SealedColumnsIT {

    private static final String SCHEMA = "sitepass_test_sealed_columns";
    private static final String COLUMN = "people.person_name";
    private static final int ROWS = 1203;

    private final FieldCipher cipher = new FieldCipher(Map.of("t1", new SecretKeySpec(new byte[32], "AES")), "t1");

    @BeforeAll
    static void schemaWithClearNames() throws SQLException {
        run(Database.testDatabase(), "DROP DATABASE IF EXISTS " + SCHEMA,
                "CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        Migrations.apply(Database.schema(SCHEMA));
        run(Database.schema(SCHEMA), "CREATE TABLE people (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,"
                + " person_name VARCHAR(400) NULL)",
                "INSERT INTO people (person_name) SELECT CONCAT('张', seq) FROM seq_1_to_" + ROWS,
                "INSERT INTO people (person_name) VALUES (NULL), ('Li: Si')");
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        run(Database.testDatabase(), "DROP DATABASE IF EXISTS " + SCHEMA);
    }

    @Test
    void clearNamesAreSealedForTheirColumnOnceAndSealedOnesLeftAlone() throws SQLException {
        DataSource schema = Database.schema(SCHEMA);
        String alreadySealed = cipher.seal("王五", COLUMN);
        run(schema, "INSERT INTO people (person_name) VALUES ('" + alreadySealed + "')");

        assertEquals(ROWS + 1, SealedColumns.seal(schema, COLUMN, cipher::seal), "every clear name, across pages");

        List<String> names = names(schema);
        assertEquals("张1", cipher.open(names.get(0), COLUMN));
        assertEquals("张" + ROWS, cipher.open(names.get(ROWS - 1), COLUMN));
        assertNull(names.get(ROWS), "no name stays none");
        assertEquals("Li: Si", cipher.open(names.get(ROWS + 1), COLUMN));
        assertEquals(alreadySealed, names.get(ROWS + 2), "a sealed name is not sealed again");
        assertTrue(names.stream().allMatch(name -> name == null || name.matches(FieldCipher.SEALED_SHAPE)));

        assertEquals(0, SealedColumns.seal(schema, COLUMN, cipher::seal), "a second start finds nothing to do");
        assertEquals(names, names(schema));
    }

    @Test
    void theModulesNameTheirPersonNameColumnsWhichHoldTheLongestNameSealed() throws SQLException {
        DataSource schema = Database.schema(SCHEMA);
        String longest = "欧".repeat(50);
        run(schema, "INSERT INTO sites_venue (manager, name, responsible_person, name_key, address_key, review_status,"
                + " created_at, updated_at, version) VALUES ('m', 'v', '" + longest + "', 'v', 'a', 'DRAFT', NOW(),"
                + " NOW(), 0)",
                "INSERT INTO vendors_vendor (owner, name, credit_code, address, contact_person, contact_mobile,"
                + " service_districts, status, created_at, version) VALUES ('o', 'n', '914403001922038216', 'a', '"
                + longest + "', 'k:sealed', '310109', 'DRAFT', NOW(), 0)");
        List<String> columns = new ArrayList<>(new SitesSealedColumns().sealedColumns());
        columns.addAll(new VendorsSealedColumns().sealedColumns());
        assertEquals(List.of("sites_venue.responsible_person", "vendors_vendor.contact_person"), columns);
        for (String column : columns) {
            assertEquals(1, SealedColumns.seal(schema, column, cipher::seal), column);
            String[] place = column.split("\\.");
            String stored = texts(schema, "SELECT " + place[1] + " FROM " + place[0]).get(0);
            assertEquals(longest, cipher.open(stored, column));
        }
    }

    @Test
    void onlyPlainTableAndColumnNamesAreAccepted() {
        DataSource schema = Database.schema(SCHEMA);
        assertThrows(IllegalArgumentException.class,
                () -> SealedColumns.seal(schema, "people.person_name; DROP TABLE people", cipher::seal));
    }

    private static List<String> names(DataSource schema) throws SQLException {
        return texts(schema, "SELECT person_name FROM people ORDER BY id");
    }

    private static List<String> texts(DataSource schema, String sql) throws SQLException {
        try (Connection db = schema.getConnection(); Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> texts = new ArrayList<>();
            while (rows.next()) {
                texts.add(rows.getString(1));
            }
            return texts;
        }
    }

    private static void run(DataSource dataSource, String... statements) throws SQLException {
        try (Connection db = dataSource.getConnection(); Statement statement = db.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
