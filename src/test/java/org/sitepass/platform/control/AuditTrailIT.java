package org.sitepass.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sitepass.testing.Api;
import org.sitepass.testing.Database;
import org.sitepass.testing.Eventually;
import org.sitepass.testing.Stack;

/**
 * The keyed hash chain in the real database: intact as written, an altered row is found even when its hash is
 * recomputed the way an insider without the key can, checkpoints are exported signed and a forged one is reported,
 * and the application's own database account cannot change or delete entries.
 */
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

    /** Without the chain key, an insider's best try: pass the altered row off as one written before keys. */
    @Test
    void aRowRehashedWithoutTheKeyIsReportedAltered() throws Exception {
        Api.as("resident1").get("/api/v1/audit-entries");
        Api auditor = Api.as("auditor1");
        long victim = newestEntry(auditor, "resident1");
        Map<String, Object> original = row(victim);
        assertEquals("dev1", original.get("key_id"), "new entries are keyed with the active key");
        try {
            Database.update("UPDATE platform_audit_entry SET object_id = ?, key_id = NULL, entry_hash = ?"
                    + " WHERE id = ?", "GET /api/v1/nothing-to-see", unkeyedHash(victim, "GET /api/v1/nothing-to-see"),
                    victim);
            JsonObject verdict = auditor.post("/api/v1/audit-entries/verification").json();
            assertFalse(verdict.getBoolean("intact"));
            assertEquals(victim, verdict.getJsonNumber("firstBrokenId").longValue());
            assertEquals("ENTRY_ALTERED", verdict.getString("breach"));
        } finally {
            Database.update("UPDATE platform_audit_entry SET object_id = ?, key_id = ?, entry_hash = ? WHERE id = ?",
                    original.get("object_id"), original.get("key_id"), original.get("entry_hash"), victim);
        }
        assertTrue(auditor.post("/api/v1/audit-entries/verification").json().getBoolean("intact"));
    }

    @Test
    void checkpointsAreExportedSignedAndAForgedOneIsReported() throws Exception {
        Api auditor = Api.as("auditor1");
        long newest = newestEntry(auditor, "auditor1");
        JsonArray checkpoints = Eventually.until(() -> auditor.get("/api/v1/audit/checkpoints").jsonArray(),
                all -> !all.isEmpty() && all.getJsonObject(all.size() - 1).getJsonNumber("lastId").longValue()
                        >= newest);
        JsonObject last = checkpoints.getJsonObject(checkpoints.size() - 1);
        assertTrue(last.getJsonNumber("lastId").longValue() >= newest, "a checkpoint follows the head: " + last);
        assertEquals("Ed25519", last.getString("algorithm"));
        assertEquals(String.join("|", "SPA1", last.getString("createdAt"), last.get("lastId").toString(),
                last.getString("lastHash"), last.get("keyedFrom").toString()), last.getString("statement"));
        assertTrue(verifiesWithConfiguredKey(last), "the signature holds under the published key");
        assertEquals(403, Api.as("officer1").get("/api/v1/audit/checkpoints").status());
        Api.Reply download = auditor.get("/platform/audit/checkpoints.json");
        assertEquals(200, download.status(), "the audit page's download");
        assertTrue(download.header("Content-Disposition").startsWith("attachment"), download.header(
                "Content-Disposition"));
        assertTrue(download.body().contains(last.getString("signature")), "the page offers the same checkpoints");

        long forged = insertForgedCheckpoint(newest);
        try {
            JsonObject verdict = auditor.post("/api/v1/audit-entries/verification").json();
            assertFalse(verdict.getBoolean("intact"));
            assertEquals("CHECKPOINT_MISMATCH", verdict.getString("breach"));
            assertEquals(1, verdict.getJsonNumber("firstBrokenId").longValue());
        } finally {
            Database.update("DELETE FROM platform_audit_checkpoint WHERE id = ?", forged);
        }
        assertTrue(auditor.post("/api/v1/audit-entries/verification").json().getBoolean("intact"));
        assertTrue(auditor.get("/api/v1/audit-entries?action=AUDIT_CHECKPOINTS_EXPORTED&size=1").json()
                .getInt("total") >= 1, "exports are audited");
    }

    @Test
    void theRuntimeAccountCanAppendButNeverChangeOrDeleteEntries() throws SQLException {
        Api.anonymous().get("/api/v1/me");
        try (Connection runtime = Database.asRuntimeAccount().getConnection();
             Statement statement = runtime.createStatement()) {
            try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM platform_audit_entry")) {
                assertTrue(count.next() && count.getLong(1) > 0, "it reads the trail");
            }
            for (String tampering : List.of("UPDATE platform_audit_entry SET object_id = 'x' WHERE id = 1",
                    "DELETE FROM platform_audit_entry WHERE id = 1",
                    "UPDATE platform_audit_chain_start SET keyed_from = 1000000",
                    "DELETE FROM platform_audit_checkpoint",
                    "ALTER TABLE platform_audit_entry DROP COLUMN key_id")) {
                SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(tampering),
                        tampering);
                assertTrue(refused.getMessage().contains("denied"), tampering + ": " + refused.getMessage());
            }
        }
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

    private static Map<String, Object> row(long id) throws SQLException {
        try (Connection db = Database.testDatabase().getConnection();
             PreparedStatement select = db.prepareStatement("SELECT * FROM platform_audit_entry WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                Map<String, Object> columns = new HashMap<>();
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    columns.put(row.getMetaData().getColumnLabel(i), row.getObject(i));
                }
                return columns;
            }
        }
    }

    /** The plain SHA-256 that entries written before the chain had keys carry, as AuditEntry computes it. */
    private static String unkeyedHash(long id, String objectId) throws Exception {
        Map<String, Object> row = row(id);
        Instant occurredAt = ((LocalDateTime) row.get("occurred_at")).toInstant(ZoneOffset.UTC);
        String canonical = String.join("\u001f", (String) row.get("previous_hash"), Long.toString(id),
                occurredAt.toString(), (String) row.get("actor"), (String) row.get("actor_roles"),
                (String) row.get("action"), (String) row.get("object_type"), objectId, (String) row.get("purpose"),
                (String) row.get("result"), (String) row.get("client_address"));
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    private static boolean verifiesWithConfiguredKey(JsonObject checkpoint) throws Exception {
        String keyId = checkpoint.getString("keyId");
        String entry = List.of(Stack.env("SITEPASS_AUDIT_CHECKPOINT_VERIFY_KEYS").split(",")).stream()
                .filter(key -> key.startsWith(keyId + ":")).findFirst().orElseThrow();
        PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(
                Base64.getDecoder().decode(entry.substring(keyId.length() + 1))));
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(checkpoint.getString("statement").getBytes(StandardCharsets.UTF_8));
        return verifier.verify(Base64.getDecoder().decode(checkpoint.getString("signature")));
    }

    /** The runtime account may insert checkpoints; one it writes without the signing key must not pass. */
    private static long insertForgedCheckpoint(long lastId) throws SQLException {
        try (Connection runtime = Database.asRuntimeAccount().getConnection();
             PreparedStatement insert = runtime.prepareStatement("INSERT INTO platform_audit_checkpoint"
                     + " (created_at, last_id, last_hash, keyed_from, key_id, signature)"
                     + " SELECT UTC_TIMESTAMP(6), id, entry_hash, 1, 'dev1', ? FROM platform_audit_entry WHERE id = 1",
                     Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, Base64.getEncoder().encodeToString(new byte[64]));
            assertEquals(1, insert.executeUpdate(), "checkpoint for entry 1 below " + lastId);
            try (ResultSet key = insert.getGeneratedKeys()) {
                assertTrue(key.next());
                return key.getLong(1);
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
