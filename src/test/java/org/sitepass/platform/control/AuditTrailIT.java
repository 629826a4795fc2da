package org.sitepass.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sitepass.testing.Api;
import org.sitepass.testing.Database;
import org.sitepass.testing.Stack;

/** The hash chain in the real database: intact as written, and an altered row is found. */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @Test
    void anAlteredRowIsReportedAsTheFirstBrokenLink() throws SQLException {
        Api.anonymous().get("/api/v1/me");
        Api.as("resident1").get("/api/v1/audit-entries");
        Api auditor = Api.as("auditor1");
        assertTrue(auditor.post("/api/v1/audit-entries/verification").json().getBoolean("intact"));

        long victim = newestEntry(auditor, "resident1");
        String original = objectId(victim);
        setObjectId(victim, "GET /api/v1/nothing-to-see");
        try {
            JsonObject verdict = auditor.post("/api/v1/audit-entries/verification").json();
            assertFalse(verdict.getBoolean("intact"));
            assertEquals(victim, verdict.getJsonNumber("firstBrokenId").longValue());
            assertEquals("ENTRY_ALTERED", verdict.getString("breach"));
            assertEquals(victim - 1, verdict.getJsonNumber("checked").longValue());
        } finally {
            setObjectId(victim, original);
        }
        assertTrue(auditor.post("/api/v1/audit-entries/verification").json().getBoolean("intact"));
    }

    @Test
    void verificationsAndReadsAreThemselvesAudited() {
        Api auditor = Api.as("auditor1");
        auditor.post("/api/v1/audit-entries/verification");
        JsonObject page = auditor.get("/api/v1/audit-entries?actor=auditor1&action=AUDIT_TRAIL_VERIFIED").json();
        assertTrue(page.getInt("total") >= 1);
        assertTrue(auditor.get("/api/v1/audit-entries?action=AUDIT_TRAIL_READ&size=1").json().getInt("total") >= 1);
    }

    private static long newestEntry(Api auditor, String actor) {
        return auditor.get("/api/v1/audit-entries?size=1&actor=" + actor).json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static String objectId(long id) throws SQLException {
        try (Connection db = Database.testDatabase().getConnection();
             PreparedStatement select = db.prepareStatement("SELECT object_id FROM platform_audit_entry WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                return row.getString(1);
            }
        }
    }

    /** What an insider with write access to the table could do. */
    private static void setObjectId(long id, String value) throws SQLException {
        try (Connection db = Database.testDatabase().getConnection();
             PreparedStatement update = db.prepareStatement(
                     "UPDATE platform_audit_entry SET object_id = ? WHERE id = ?")) {
            update.setString(1, value);
            update.setLong(2, id);
            assertEquals(1, update.executeUpdate());
        }
    }
}
