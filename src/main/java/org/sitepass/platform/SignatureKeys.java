package org.sitepass.platform;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sitepass.platform.control.KeyList;

/**
 * Ed25519 signatures with key ids, for whatever the platform's modules sign (site codes, audit checkpoints): one
 * active private key signs, and every public key still listed verifies, so that keys rotate without invalidating
 * what was signed before.
 */
public final class SignatureKeys {

    static final String ALGORITHM = "Ed25519";

    /** What a signature turned out to be. */
    public enum Verdict { GENUINE, UNKNOWN_KEY, BAD_SIGNATURE }

    private final String activeKeyId;
    private final PrivateKey activeKey;
    private final Map<String, PublicKey> verifyKeys;

    private SignatureKeys(String activeKeyId, PrivateKey activeKey, Map<String, PublicKey> verifyKeys) {
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
            Map<String, PublicKey> publicKeys = new LinkedHashMap<>();
            for (Map.Entry<String, byte[]> entry : KeyList.parse(verifySetting, verifyKeys).entrySet()) {
                publicKeys.put(entry.getKey(), factory.generatePublic(new X509EncodedKeySpec(entry.getValue())));
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
        PublicKey key = verifyKeys.get(keyId);
        if (key == null) {
            return Verdict.UNKNOWN_KEY;
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(data);
            return verifier.verify(signature) ? Verdict.GENUINE : Verdict.BAD_SIGNATURE;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Verdict.BAD_SIGNATURE;
        }
    }
}
