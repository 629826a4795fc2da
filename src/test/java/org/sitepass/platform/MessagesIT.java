package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sitepass.platform.control.CryptoKeys;
import org.sitepass.platform.control.FieldCipher;
import org.sitepass.testing.Api;
import org.sitepass.testing.Database;
import org.sitepass.testing.Eventually;
import org.sitepass.testing.MessagesProbe;
import org.sitepass.testing.Outbox;
import org.sitepass.testing.Stack;

/**
 * Messages through the facade in a real transaction, delivered by the dev outbox gateway after commit: a committed
 * message arrives as a file at once, well before the scheduled round (every 10 s here) would take it, and is stored
 * sealed; a rolled-back one never leaves; the facade refuses to work outside a transaction; and the scheduled round
 * delivers what the prompt delivery missed and removes week-old delivered messages.
 */
@ExtendWith(ArquillianExtension.class)
class MessagesIT {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PROBE = "/api/testing/messages";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war().addClass(MessagesProbe.class);
    }

    @Test
    void aCommittedMessageArrivesInTheOutboxAndIsStoredSealed() throws Exception {
        String mobile = mobile();
        String kind = kind("COMMIT");
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        assertEquals(204, send(mobile, "您的验证码是 482913，5分钟内有效。", kind, "commit"));

        assertEquals("您的验证码是 482913，5分钟内有效。", Outbox.latestTo(mobile, before));
        Outbox.Message message = Outbox.to(mobile).get(0);
        assertEquals(kind, message.kind());
        assertTrue(message.writtenAt().isBefore(before.plusSeconds(3)), "delivered right after commit: " + message);
        assertEquals("SENT|1", Eventually.until(() -> row(kind, "CONCAT(status, '|', attempts)"), "SENT|1"::equals));
        String sealed = row(kind, "CONCAT(recipient_sealed, ' ', text_sealed, ' ', recipient_index)");
        assertFalse(sealed.contains(mobile) || sealed.contains("482913"), "the recipient and the text are sealed");
        assertTrue(row(kind, "recipient_index").matches("[0-9a-f]{64}"));
    }

    @Test
    void aRolledBackMessageIsNeverSent() throws Exception {
        String rolledBack = mobile();
        String kind = kind("ROLLBACK");
        assertEquals(204, send(rolledBack, "验证码 111111", kind, "rollback"));
        String committed = mobile();
        assertEquals(204, send(committed, "验证码 222222", kind("AFTER"), "commit"));

        assertEquals("验证码 222222", Outbox.latestTo(committed));
        assertEquals(List.of(), Outbox.to(rolledBack), "a later message arrived, the rolled-back one did not");
        assertEquals(List.of(), Database.texts("SELECT id FROM platform_message WHERE kind = ?", kind));
    }

    @Test
    void outsideATransactionNothingIsSent() throws Exception {
        String kind = kind("NONE");
        assertEquals(409, send(mobile(), "验证码 333333", kind, "none"));
        assertEquals(List.of(), Database.texts("SELECT id FROM platform_message WHERE kind = ?", kind));
    }

    /** As after a crash between commit and the prompt delivery: only the scheduled round is left to deliver it. */
    @Test
    void theScheduledRoundDeliversWhatWasMissedAndRemovesOldDeliveredMessages() throws Exception {
        FieldCipher cipher = new FieldCipher(
                CryptoKeys.fieldKeys("field keys", Stack.env("SITEPASS_CRYPTO_FIELD_KEYS")),
                Stack.env("SITEPASS_CRYPTO_ACTIVE_KEY"));
        String mobile = mobile();
        String missed = kind("MISSED");
        String old = kind("OLD");
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        insert(cipher, missed, mobile, "通知：请于今日完成核酸检测。", "PENDING", now);
        insert(cipher, old, mobile(), "一周前的验证码 444444", "SENT", now.minusDays(8));

        assertEquals("通知：请于今日完成核酸检测。", Outbox.latestTo(mobile));
        assertEquals(List.of(), Eventually.until(
                () -> rows("SELECT id FROM platform_message WHERE kind = ?", old), List::isEmpty));
        assertEquals("SENT", Eventually.until(() -> row(missed, "status"), "SENT"::equals));
    }

    private static int send(String mobile, String text, String kind, String transaction) {
        return Api.anonymous().post(PROBE, Json.createObjectBuilder().add("to", mobile).add("text", text)
                .add("kind", kind).add("transaction", transaction).build()).status();
    }

    private static void insert(FieldCipher cipher, String kind, String mobile, String text, String status,
                               LocalDateTime createdAt) throws SQLException {
        Database.update("INSERT INTO platform_message (kind, channel, recipient_sealed, recipient_index, text_sealed,"
                        + " created_at, status, attempts, next_attempt_at, version)"
                        + " VALUES (?, 'SMS', ?, ?, ?, ?, ?, 0, ?, 0)", kind,
                cipher.seal(mobile, "platform_message.recipient_sealed"), "0".repeat(64),
                cipher.seal(text, "platform_message.text_sealed"), createdAt, status, createdAt);
    }

    private static String row(String kind, String column) {
        List<String> values = rows("SELECT " + column + " FROM platform_message WHERE kind = ?", kind);
        return values.isEmpty() ? "" : values.get(0);
    }

    private static List<String> rows(String sql, String kind) {
        try {
            return Database.texts(sql, kind);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String mobile() {
        return "139" + String.format("%08d", RANDOM.nextInt(100_000_000));
    }

    private static String kind(String what) {
        return "IT_" + what + "_" + RANDOM.nextInt(1_000_000_000);
    }
}
