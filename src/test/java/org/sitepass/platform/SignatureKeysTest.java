package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SignatureKeysTest {

    private static final byte[] DATA = "SPA1|2026-12-04T08:00:00Z|42|ab|1".getBytes(StandardCharsets.UTF_8);

    private final KeyPair current = pair();
    private final KeyPair previous = pair();
    private final SignatureKeys keys = SignatureKeys.parse("signing", entry("k2", current.getPrivate().getEncoded()),
            "verify", entry("k1", previous.getPublic().getEncoded()) + "," + entry("k2",
                    current.getPublic().getEncoded()));

    @Test
    void signsWithTheActiveKeyAndVerifiesWithEveryListedOne() {
        assertEquals("k2", keys.activeKeyId());
        assertEquals(SignatureKeys.Verdict.GENUINE, keys.verify("k2", DATA, keys.sign(DATA)));
        SignatureKeys before = SignatureKeys.parse("signing", entry("k1", previous.getPrivate().getEncoded()),
                "verify", entry("k1", previous.getPublic().getEncoded()));
        assertEquals(SignatureKeys.Verdict.GENUINE, keys.verify("k1", DATA, before.sign(DATA)));
    }

    @Test
    void alteredDataUnknownKeysAndForeignSignaturesFail() {
        byte[] signature = keys.sign(DATA);
        byte[] altered = DATA.clone();
        altered[altered.length - 1] = '2';
        assertEquals(SignatureKeys.Verdict.BAD_SIGNATURE, keys.verify("k2", altered, signature));
        assertEquals(SignatureKeys.Verdict.BAD_SIGNATURE, keys.verify("k1", DATA, signature));
        assertEquals(SignatureKeys.Verdict.UNKNOWN_KEY, keys.verify("k9", DATA, signature));
        assertEquals(SignatureKeys.Verdict.BAD_SIGNATURE, keys.verify("k2", DATA, new byte[3]));
    }

    @Test
    void misconfiguredKeysStopTheDeployment() {
        assertThrows(IllegalStateException.class, () -> SignatureKeys.parse("signing",
                entry("k2", current.getPrivate().getEncoded()), "verify", entry("k1",
                        previous.getPublic().getEncoded())));
        assertThrows(IllegalStateException.class, () -> SignatureKeys.parse("signing", "k1:bm90IGEga2V5",
                "verify", "k1:bm90IGEga2V5"));
    }

    private static KeyPair pair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String entry(String id, byte[] key) {
        return id + ":" + Base64.getEncoder().encodeToString(key);
    }
}
