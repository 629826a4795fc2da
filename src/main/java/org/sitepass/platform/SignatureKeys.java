package org.sitepass.platform;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.sitepass.platform.control.KeyList;

/**
 * Ed25519 signatures with key ids, for whatever the platform's modules sign (site codes, audit checkpoints): one
 * active private key signs, and every public key still listed verifies, so that keys rotate without invalidating
 * what was signed before. Verifying runs on every door check, so it uses Bouncy Castle's RFC 8032 code on the raw
 * public keys, several times cheaper than the JDK's provider; signing is rare and stays on the JDK.
 */
public final class SignatureKeys {

    static final String ALGORITHM = "Ed25519";

    /** SubjectPublicKeyInfo of an Ed25519 key (RFC 8410) up to its 32 raw bytes: SEQUENCE, id-Ed25519, BIT STRING. */
    private static final byte[] X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    /** What a signature turned out to be. */
    public enum Verdict { GENUINE, UNKNOWN_KEY, BAD_SIGNATURE }

    private final String activeKeyId;
    private final PrivateKey activeKey;
    private final Map<String, byte[]> verifyKeys;

    private SignatureKeys(String activeKeyId, PrivateKey activeKey, Map<String, byte[]> verifyKeys) {
        this.activeKeyId = activeKeyId;
        this.activeKey = activeKey;
        this.verifyKeys = Map.copyOf(verifyKeys);
    }

    /**
     * Reads {@code id:base64(PKCS#8)} for the signing key and {@code id:base64(X.509)[,...]} for the keys honoured.
     *
     * @throws IllegalStateException naming the setting, so that a misconfigured deployment refuses to start
     */
    public static SignatureKeys parse(String signingSetting, String signingKey, String verifySetting,
                                      String verifyKeys) {
        try {
            Map.Entry<String, byte[]> active = KeyList.single(signingSetting, signingKey);
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(active.getValue()));
            Map<String, byte[]> publicKeys = new LinkedHashMap<>();
            for (Map.Entry<String, byte[]> entry : KeyList.parse(verifySetting, verifyKeys).entrySet()) {
                publicKeys.put(entry.getKey(), rawPublicKey(entry.getKey(), entry.getValue()));
            }
            if (!publicKeys.containsKey(active.getKey())) {
                throw new IllegalStateException(verifySetting + " lacks the active key " + active.getKey());
            }
            return new SignatureKeys(active.getKey(), privateKey, publicKeys);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(signingSetting + " and " + verifySetting
                    + " must hold valid Ed25519 keys: " + e.getMessage(), e);
        }
    }

    private static byte[] rawPublicKey(String keyId, byte[] x509) {
        boolean ed25519 = x509.length == X509_PREFIX.length + Ed25519.PUBLIC_KEY_SIZE
                && Arrays.equals(x509, 0, X509_PREFIX.length, X509_PREFIX, 0, X509_PREFIX.length);
        if (!ed25519) {
            throw new IllegalArgumentException("key " + keyId + " is not an X.509-encoded Ed25519 public key");
        }
        byte[] raw = Arrays.copyOfRange(x509, X509_PREFIX.length, x509.length);
        if (!Ed25519.validatePublicKeyFull(raw, 0)) {
            throw new IllegalArgumentException("key " + keyId + " is not a point of Ed25519");
        }
        return raw;
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    /** Signs with the active key; the caller records {@link #activeKeyId()} next to the signature. */
    public byte[] sign(byte[] data) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(activeKey);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with " + ALGORITHM, e);
        }
    }

    public Verdict verify(String keyId, byte[] data, byte[] signature) {
        byte[] key = verifyKeys.get(keyId);
        if (key == null) {
            return Verdict.UNKNOWN_KEY;
        }
        // Bouncy Castle reads 64 bytes from the offset whatever the array holds.
        if (signature.length != Ed25519.SIGNATURE_SIZE) {
            return Verdict.BAD_SIGNATURE;
        }
        return Ed25519.verify(signature, 0, key, 0, data, 0, data.length) ? Verdict.GENUINE : Verdict.BAD_SIGNATURE;
    }
}
