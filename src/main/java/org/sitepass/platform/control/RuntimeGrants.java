package org.sitepass.platform.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * What the runtime database account may do, table by table, granted by the migration account right after
 * migrating. The runtime account appends to the audit trail but can never change or delete an entry. Every table
 * must be listed here: a table no entry names stops the start-up, so a new table is never silently out of reach or
 * over-granted. Each grant is exact: privileges a table's entry does not list are revoked.
 */
public final class RuntimeGrants {

    static final String READ = "SELECT";
    static final String APPEND = "SELECT, INSERT";
    static final String READ_WRITE = "SELECT, INSERT, UPDATE, DELETE";
    /** Every table privilege an entry may list; the ones it does not list are revoked. */
    static final List<String> TABLE_PRIVILEGES = List.of("SELECT", "INSERT", "UPDATE", "DELETE", "CREATE", "DROP",
            "ALTER", "INDEX", "REFERENCES", "TRIGGER", "CREATE VIEW", "SHOW VIEW");

    /** Table to privileges. A partition job's table, for instance, would list {@code READ_WRITE + ", ALTER"}. */
    static final Map<String, String> PRIVILEGES = new LinkedHashMap<>();

    static {
        // the schema is Flyway's; the runtime account only checks that it is current
        PRIVILEGES.put("flyway_schema_history", READ);
        PRIVILEGES.put("platform_audit_entry", APPEND);
        // the head moves on every append; its lock also needs UPDATE on MySQL 8 (SELECT ... FOR UPDATE)
        PRIVILEGES.put("platform_audit_chain_head", "SELECT, UPDATE");
        PRIVILEGES.put("platform_audit_chain_start", READ);
        PRIVILEGES.put("platform_audit_checkpoint", APPEND);
        PRIVILEGES.put("platform_district", READ);
        PRIVILEGES.put("platform_street", READ);
        // the delivery job settles and removes its own rows
        PRIVILEGES.put("platform_message", READ_WRITE);
        PRIVILEGES.put("sites_category", READ);
        // a pass rule is changed by a new version, never in place: its history cannot be rewritten
        PRIVILEGES.put("residents_pass_rule", APPEND);
        for (String table : List.of("sites_batch", "sites_batch_rejection", "sites_venue", "sites_review_event",
                "sites_code_sequence", "vendors_vendor", "vendors_model", "vendors_document", "devices_device",
                "devices_deployment", "inspections_plan", "inspections_planned_visit", "inspections_inspection",
                "inspections_finding", "inspections_inspection_photo", "inspections_order",
                "inspections_order_photo")) {
            PRIVILEGES.put(table, READ_WRITE);
        }
        // residents' health records are deleted when the retention period has passed (HealthRetention)
        for (String table : List.of("residents_resident", "residents_binding", "residents_colour_change",
                "residents_nat_test", "residents_antigen_test", "residents_vaccination", "residents_hold",
                "residents_relative", "residents_offline_code", "residents_binding_challenge",
                "residents_appeal", "residents_notice")) {
            PRIVILEGES.put(table, READ_WRITE);
        }
        // a pass record is never changed nor deleted by row: retention drops (or truncates) whole day partitions,
        // and the partition job adds the days ahead
        PRIVILEGES.put("tracing_pass_record", APPEND + ", ALTER, DROP");
        PRIVILEGES.put("tracing_device_sequence", READ_WRITE);
        // a day purged again, of records that arrived after its first purge, adds to its row of the history
        PRIVILEGES.put("tracing_purge", APPEND + ", UPDATE");
        // a manager removes door staff by deleting the row; the audit trail keeps the history
        PRIVILEGES.put("tracing_door_staff", READ_WRITE);
        // each resident's latest check-in at a venue, claimed by a scan and forgotten after the retention period
        PRIVILEGES.put("tracing_check_in_latest", READ_WRITE);
        // an exposure's people wait in the pending table until each is told, then their row is deleted
        PRIVILEGES.put("tracing_exposure", READ_WRITE);
        PRIVILEGES.put("tracing_exposure_pending", READ_WRITE);
        // a case is closed in place and removed with its contacts when its retention after closure has passed
        PRIVILEGES.put("tracing_case", READ_WRITE);
        PRIVILEGES.put("tracing_case_sequence", READ_WRITE);
        // contacts, their steps and export requests go with their case when its retention after closure has passed
        for (String table : List.of("tracing_contact", "tracing_contact_step", "tracing_contact_export")) {
            PRIVILEGES.put(table, READ_WRITE);
        }
    }

    private static final Pattern ACCOUNT_PART = Pattern.compile("[A-Za-z0-9_.%-]{1,80}");

    private RuntimeGrants() {
    }

    /**
     * Grants the runtime account its privileges on every table of the data source's schema.
     *
     * @param owner        a connection as the migration account, which holds the privileges WITH GRANT OPTION
     * @param runtimeUser  the runtime account's user name ({@code SITEPASS_DB_USER})
     * @param runtimeHosts the host parts of that account, e.g. {@code %}, or {@code localhost} and {@code 127.0.0.1}
     */
    public static void apply(DataSource owner, String runtimeUser, List<String> runtimeHosts) throws SQLException {
        try (Connection db = owner.getConnection(); Statement statement = db.createStatement()) {
            Set<String> tables = tables(statement);
            Set<String> unlisted = new TreeSet<>(tables);
            unlisted.removeAll(PRIVILEGES.keySet());
            if (!unlisted.isEmpty()) {
                throw new IllegalStateException("no runtime grant for the tables " + unlisted
                        + ": list them in RuntimeGrants.PRIVILEGES");
            }
            for (String sql : statements(tables, runtimeUser, runtimeHosts)) {
                statement.execute(sql);
            }
        }
    }

    /** The GRANT and REVOKE statements for the listed tables that exist, for each host of the account. */
    static List<String> statements(Set<String> tables, String runtimeUser, List<String> runtimeHosts) {
        List<String> sql = new ArrayList<>();
        for (String host : runtimeHosts) {
            String account = quoted(runtimeUser) + "@" + quoted(host.trim());
            PRIVILEGES.forEach((table, privileges) -> {
                if (tables.contains(table)) {
                    sql.add("GRANT " + privileges + " ON `" + table + "` TO " + account);
                    sql.add("REVOKE " + String.join(", ", withheld(privileges)) + " ON `" + table + "` FROM "
                            + account);
                }
            });
        }
        return sql;
    }

    static Set<String> withheld(String privileges) {
        Set<String> withheld = new LinkedHashSet<>(TABLE_PRIVILEGES);
        for (String privilege : privileges.split(",")) {
            withheld.remove(privilege.trim());
        }
        return withheld;
    }

    /** Account names cannot be bind parameters: only plain names pass, so nothing can be injected. */
    private static String quoted(String part) {
        if (part == null || !ACCOUNT_PART.matcher(part).matches()) {
            throw new IllegalArgumentException("a database account name or host must be plain: letters, digits,"
                    + " _ . % -");
        }
        return "'" + part + "'";
    }

    private static Set<String> tables(Statement statement) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
