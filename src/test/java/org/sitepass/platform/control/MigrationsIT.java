package org.sitepass.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitepass.testing.Database;

/** The start-up migration against a real, empty MariaDB/MySQL schema, twice. */
class MigrationsIT {

    private static final String SCHEMA = "sitepass_test_migrations";

    @BeforeAll
    static void emptySchema() throws SQLException {
        run("DROP DATABASE IF EXISTS " + SCHEMA, "CREATE DATABASE " + SCHEMA
                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        run("DROP DATABASE IF EXISTS " + SCHEMA);
    }

    @Test
    void applyToAnEmptyDatabaseAndAreANoOpTheSecondTime() throws Exception {
        DataSource schema = Database.schema(SCHEMA);

        MigrateResult first = Migrations.apply(schema);
        assertEquals(migrationFiles(), first.migrationsExecuted);
        assertTrue(first.success);
        assertEquals(1, count(schema, "SELECT COUNT(*) FROM platform_audit_chain_head"));
        assertEquals(16, count(schema, "SELECT COUNT(*) FROM platform_district"));

        MigrateResult second = Migrations.apply(schema);
        assertEquals(0, second.migrationsExecuted);
        assertEquals(first.targetSchemaVersion, second.initialSchemaVersion);
    }

    /** What a start-up without migration credentials does: it only checks, and refuses a schema left behind. */
    @Test
    void withoutMigrationCredentialsOnlyACurrentSchemaIsAccepted() throws Exception {
        String stale = SCHEMA + "_stale";
        run("DROP DATABASE IF EXISTS " + stale, "CREATE DATABASE " + stale);
        try {
            DataSource schema = Database.schema(stale);
            Migrations.apply(schema);
            Migrations.checkCurrent(schema);
            run("DELETE FROM " + stale + ".flyway_schema_history WHERE installed_rank = (SELECT r FROM"
                    + " (SELECT MAX(installed_rank) r FROM " + stale + ".flyway_schema_history) newest)");
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> Migrations.checkCurrent(schema));
            assertTrue(refused.getMessage().contains("sitepass.db.migration.user"), refused.getMessage());
        } finally {
            run("DROP DATABASE IF EXISTS " + stale);
        }
    }

    private static long migrationFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("db/migrations"))) {
            return files.filter(file -> file.getFileName().toString().matches("V.+__.+\\.sql")).count();
        }
    }

    private static long count(DataSource schema, String sql) throws SQLException {
        try (Connection db = schema.getConnection(); Statement statement = db.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void run(String... statements) throws SQLException {
        try (Connection db = Database.testDatabase().getConnection(); Statement statement = db.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
