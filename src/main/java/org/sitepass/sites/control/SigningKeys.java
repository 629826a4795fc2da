package org.sitepass.sites.control;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitepass.platform.SignatureKeys;
import org.sitepass.sites.entity.CodeNumber;

/**
 * Ed25519 signatures on site codes. The QR payload {@code SP1.<code number>.<key id>.<signature>} is short enough
 * for a QR that scans from across a doorway, and names its key so that keys can be rotated without reprinting.
 */
public final class SigningKeys {

    static final String VERSION = "SP1";
    private static final Pattern PAYLOAD =
            Pattern.compile("SP1\\.([0-9]{6}-[0-9]{7}-[0-9X])\\.([a-z0-9]{1,16})\\.([A-Za-z0-9_-]{86})");
    /** Narrower than other key settings: the id is part of the payload, whose pattern allows only these. */
    private static final Pattern KEY_ID = Pattern.compile("[a-z0-9]{1,16}");

    /** What a scanned payload turned out to be. */
    public enum Verdict { GENUINE, MALFORMED, UNKNOWN_KEY, BAD_SIGNATURE }

    /** The verdict and, when the payload could be read, the code number it claims. */
    public record Check(Verdict verdict, CodeNumber codeNumber) {
    }

    private final SignatureKeys keys;

    private SigningKeys(SignatureKeys keys) {
        this.keys = keys;
    }

    /**
     * Reads {@code id:base64(PKCS#8)} for the signing key and {@code id:base64(X.509),...} for the keys honoured.
     *
     * @throws IllegalStateException naming the setting, so that a misconfigured deployment refuses to start
     */
    public static SigningKeys parse(String signingKey, String verifyKeys) {
        SignatureKeys keys = SignatureKeys.parse("sitepass.sitecode.signing-key", signingKey,
                "sitepass.sitecode.verify-keys", verifyKeys);
        if (!KEY_ID.matcher(keys.activeKeyId()).matches()) {
            throw new IllegalStateException("sitepass.sitecode.signing-key must have a key id of a-z and 0-9");
        }
        return new SigningKeys(keys);
    }

    public String activeKeyId() {
        return keys.activeKeyId();
    }

    public String payload(CodeNumber number) {
        String signed = VERSION + "." + number.value() + "." + keys.activeKeyId();
        return signed + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(keys.sign(signed.getBytes(StandardCharsets.US_ASCII)));
    }

    public Check check(String payload) {
        Matcher m = payload == null ? null : PAYLOAD.matcher(payload.trim());
        if (m == null || !m.matches()) {
            return new Check(Verdict.MALFORMED, null);
        }
        CodeNumber number = CodeNumber.parse(m.group(1)).orElse(null);
        if (number == null) {
            return new Check(Verdict.MALFORMED, null);
        }
        String trimmed = payload.trim();
        byte[] signed = trimmed.substring(0, trimmed.lastIndexOf('.')).getBytes(StandardCharsets.US_ASCII);
        byte[] signature;
        try {
            signature = Base64.getUrlDecoder().decode(m.group(3));
        } catch (IllegalArgumentException e) {
            return new Check(Verdict.BAD_SIGNATURE, number);
        }
        SignatureKeys.Verdict verdict = keys.verify(m.group(2), signed, signature);
        return new Check(Verdict.valueOf(verdict.name()), number);
    }
}
