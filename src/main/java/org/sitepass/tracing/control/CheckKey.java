package org.sitepass.tracing.control;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Locale;

/**
 * What makes a sentry's check the same check when it comes again: the device and its sequence number, and a digest
 * of what was checked, so that a retry (same body) is told apart from a sequence reused for another check. The
 * digest is of a canonical form, not of the bytes sent: JSON's key order, spacing, a temperature's trailing zero or
 * a clock's precision do not make another check. It covers what the device saw, not what it decided, so that a
 * check that went unanswered live and comes again in an offline batch is known as the same. The device and the
 * sequence are in it too: the same person's card at two doors never makes the same digest.
 */
public final class CheckKey {

    private static final int DIGEST_BYTES = 32;

    private final long deviceId;
    private final long sequence;
    private final byte[] digest;

    CheckKey(long deviceId, long sequence, byte[] digest) {
        if (digest.length != DIGEST_BYTES) {
            throw new IllegalArgumentException("a SHA-256 digest has 32 bytes");
        }
        this.deviceId = deviceId;
        this.sequence = sequence;
        this.digest = digest.clone();
    }

    /** The key of a check the form holds, valid as far as Bean Validation and {@link EntryCheck} go. */
    public static CheckKey of(long deviceId, EntryCheckForm form) {
        return new CheckKey(deviceId, form.getSequence(), sha256(canonical(deviceId, form)));
    }

    /**
     * The canonical form: each part as its name, its length in characters and its text, so that no value can pass
     * for a neighbour's. A clock is its instant, a temperature its value, texts as trimmed.
     */
    static String canonical(long deviceId, EntryCheckForm form) {
        StringBuilder canonical = new StringBuilder("entry-check/1");
        part(canonical, "device", Long.toString(deviceId));
        part(canonical, "sequence", Long.toString(form.getSequence()));
        part(canonical, "deviceClock", Instant.parse(form.getDeviceClock()).toString());
        part(canonical, "entrance", trimmed(form.getEntrance()));
        BigDecimal temperature = form.getTemperature();
        part(canonical, "temperature", temperature == null ? null : temperature.stripTrailingZeros().toPlainString());
        part(canonical, "payload", trimmed(form.getPayload()));
        IdCardForm card = form.getIdCard();
        part(canonical, "idNumber", card == null ? null : trimmed(card.getNumber()).toUpperCase(Locale.ROOT));
        part(canonical, "idName", card == null ? null : trimmed(card.getName()));
        return canonical.toString();
    }

    private static void part(StringBuilder canonical, String name, String value) {
        canonical.append('\n').append(name);
        if (value != null) {
            canonical.append(':').append(value.length()).append(':').append(value);
        }
    }

    private static String trimmed(String text) {
        return text == null ? null : text.strip();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public long deviceId() {
        return deviceId;
    }

    public long sequence() {
        return sequence;
    }

    byte[] digest() {
        return digest.clone();
    }

    /** Whether a digest stored for this device and sequence is of the same check. */
    boolean sameCheck(byte[] stored) {
        return MessageDigest.isEqual(digest, stored);
    }

    /** Device and sequence, what the key row is unique on. */
    Slot slot() {
        return new Slot(deviceId, sequence);
    }

    record Slot(long deviceId, long sequence) {
    }
}
