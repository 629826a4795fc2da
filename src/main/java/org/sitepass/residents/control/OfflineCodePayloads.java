package org.sitepass.residents.control;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitepass.platform.SignatureKeys;

/**
 * The QR payload of an offline paper code, {@code OC1.<serial>.<key id>.<signature>}: the card's random serial and
 * an Ed25519 signature, nothing of the person and nothing of their health, so that a lost or photographed card
 * tells nobody who holds it or what their status was when it was printed. The key id lets keys rotate while cards
 * signed with an earlier key are still in pockets.
 */
public final class OfflineCodePayloads {

    static final String VERSION = "OC1";
    private static final int SERIAL_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern PAYLOAD =
            Pattern.compile("OC1\\.([A-Za-z0-9_-]{22})\\.(" + CodeKeys.KEY_ID + ")\\.([A-Za-z0-9_-]{86})");

    /** What a scanned text turned out to be. */
    public enum Verdict { GENUINE, MALFORMED, FORGED }

    /** The verdict and, when the signature holds, the serial of the card. */
    public record Check(Verdict verdict, String serial) {
    }

    private final SignatureKeys keys;

    public OfflineCodePayloads(SignatureKeys keys) {
        this.keys = CodeKeys.checked(keys);
    }

    /** A new serial: 128 random bits, so that no serial is guessed from another card's. */
    public static String newSerial() {
        byte[] bytes = new byte[SERIAL_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String payload(String serial) {
        String signed = VERSION + "." + serial + "." + keys.activeKeyId();
        return signed + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(keys.sign(signed.getBytes(StandardCharsets.US_ASCII)));
    }

    /** A signature by a key no longer listed counts as forged: the card is older than any key still honoured. */
    public Check check(String payload) {
        String trimmed = payload == null ? "" : payload.trim();
        Matcher m = PAYLOAD.matcher(trimmed);
        if (!m.matches()) {
            return new Check(Verdict.MALFORMED, null);
        }
        byte[] signed = trimmed.substring(0, trimmed.lastIndexOf('.')).getBytes(StandardCharsets.US_ASCII);
        Optional<byte[]> signature = decoded(m.group(3));
        if (signature.isEmpty()) {
            return new Check(Verdict.MALFORMED, null);
        }
        SignatureKeys.Verdict verdict = keys.verify(m.group(2), signed, signature.get());
        return verdict == SignatureKeys.Verdict.GENUINE
                ? new Check(Verdict.GENUINE, m.group(1))
                : new Check(Verdict.FORGED, null);
    }

    private static Optional<byte[]> decoded(String base64url) {
        try {
            return Optional.of(Base64.getUrlDecoder().decode(base64url));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
