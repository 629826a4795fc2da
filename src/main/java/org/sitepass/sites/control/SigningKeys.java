package org.sitepass.sites.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitepass.sites.entity.CodeNumber;

/**
 * Ed25519 signatures on site codes. The QR payload {@code SP1.<code number>.<key id>.<signature>} is short enough
 * for a QR that scans from across a doorway, and names its key so that keys can be rotated without reprinting.
 */
public final class SigningKeys {

    static final String ALGORITHM = "Ed25519";
    static final String VERSION = "SP1";
    private static final Pattern PAYLOAD =
            Pattern.compile("SP1\\.([0-9]{6}-[0-9]{7}-[0-9X])\\.([a-z0-9]{1,16})\\.([A-Za-z0-9_-]{86})");
    private static final Pattern KEY_ENTRY = Pattern.compile("([a-z0-9]{1,16}):([A-Za-z0-9+/=]+)");

    /** What a scanned payload turned out to be. */
    public enum Verdict { GENUINE, MALFORMED, UNKNOWN_KEY, BAD_SIGNATURE }

    /** The verdict and, when the payload could be read, the code number it claims. */
    public record Check(Verdict verdict, CodeNumber codeNumber) {
    }

    private final String activeKeyId;
    private final PrivateKey activeKey;
    private final Map<String, PublicKey> verifyKeys;

    SigningKeys(String activeKeyId, PrivateKey activeKey, Map<String, PublicKey> verifyKeys) {
        this.activeKeyId = activeKeyId;
        this.activeKey = activeKey;
        this.verifyKeys = Map.copyOf(verifyKeys);
    }

    /**
     * Reads {@code id:base64(PKCS#8)} for the signing key and {@code id:base64(X.509),...} for the keys honoured.
     *
     * @throws IllegalStateException naming the setting, so that a misconfigured deployment refuses to start
     */
    public static SigningKeys parse(String signingKey, String verifyKeys) {
        try {
            Matcher active = entry(signingKey, "sitepass.sitecode.signing-key");
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            PrivateKey privateKey = factory.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(active.group(2))));
            Map<String, PublicKey> publicKeys = new LinkedHashMap<>();
            for (String item : verifyKeys.split(",")) {
                Matcher m = entry(item.trim(), "sitepass.sitecode.verify-keys");
                publicKeys.put(m.group(1), factory.generatePublic(
                        new X509EncodedKeySpec(Base64.getDecoder().decode(m.group(2)))));
            }
            if (!publicKeys.containsKey(active.group(1))) {
                throw new IllegalStateException("sitepass.sitecode.verify-keys lacks the active key "
                        + active.group(1));
            }
            return new SigningKeys(active.group(1), privateKey, publicKeys);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("sitepass.sitecode signing keys are not valid Ed25519 keys", e);
        }
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    public String payload(CodeNumber number) {
        String signed = VERSION + "." + number.value() + "." + activeKeyId;
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(activeKey);
            signature.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with " + ALGORITHM, e);
        }
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
        PublicKey key = verifyKeys.get(m.group(2));
        if (key == null) {
            return new Check(Verdict.UNKNOWN_KEY, number);
        }
        return new Check(verifies(key, payload.trim(), m.group(3)) ? Verdict.GENUINE : Verdict.BAD_SIGNATURE, number);
    }

    private static boolean verifies(PublicKey key, String payload, String signature) {
        String signed = payload.substring(0, payload.lastIndexOf('.'));
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(signed.getBytes(StandardCharsets.US_ASCII));
            return verifier.verify(Base64.getUrlDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static Matcher entry(String text, String setting) {
        Matcher m = KEY_ENTRY.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalStateException(setting + " must be id:base64");
        }
        return m;
    }
}
