package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.util.Arrays;
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
    void aSignatureMadeByTheJdkIsGenuine() throws GeneralSecurityException {
        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initSign(previous.getPrivate());
        jdk.update(DATA);
        assertEquals(SignatureKeys.Verdict.GENUINE, keys.verify("k1", DATA, jdk.sign()));
    }

    @Test
    void alteredDataUnknownKeysAndForeignSignaturesFail() {
        byte[] signature = keys.sign(DATA);
        byte[] altered = DATA.clone();
        altered[altered.length - 1] = '2';
        assertEquals(SignatureKeys.Verdict.BAD_SIGNATURE, keys.verify("k2", altered, signature));
        assertEquals(SignatureKeys.Verdict.BAD_SIGNATURE, keys.verify("k1", DATA, signature));
        assertEquals(SignatureKeys.Verdict.UNKNOWN_KEY, keys.verify("k9", DATA, signature));
    }

    @Test
    void anAlteredOrMisshapenSignatureIsBadWithoutAnException() {
        byte[] signature = keys.sign(DATA);
        byte[] altered = signature.clone();
        altered[10] ^= 1;
        assertEquals(SignatureKeys.Verdict.BAD_SIGNATURE, keys.verify("k2", DATA, altered));
        assertEquals(SignatureKeys.Verdict.BAD_SIGNATURE, keys.verify("k2", DATA, new byte[3]));
        assertEquals(SignatureKeys.Verdict.BAD_SIGNATURE, keys.verify("k2", DATA,
                Arrays.copyOf(signature, signature.length + 1)));
        assertEquals(SignatureKeys.Verdict.BAD_SIGNATURE, keys.verify("k2", DATA, new byte[0]));
    }

    @Test
    void aPublicKeyOfAnotherAlgorithmStopsTheDeployment() throws GeneralSecurityException {
        KeyPair ed448 = KeyPairGenerator.getInstance("Ed448").generateKeyPair();
        KeyPair ec = KeyPairGenerator.getInstance("EC").generateKeyPair();
        for (KeyPair foreign : new KeyPair[] {ed448, ec}) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> SignatureKeys.parse(
                    "signing", entry("k2", current.getPrivate().getEncoded()), "verify",
                    entry("k2", current.getPublic().getEncoded()) + "," + entry("k3",
                            foreign.getPublic().getEncoded())));
            assertTrue(refused.getMessage().contains("k3"), refused.getMessage());
        }
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
