package org.sitepass.sites.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.sitepass.sites.entity.CodeNumber;

class SigningKeysTest {

    private static final CodeNumber NUMBER = CodeNumber.of("310109", 42);

    private final KeyPair current = pair();
    private final KeyPair previous = pair();
    private final SigningKeys keys = SigningKeys.parse(privateEntry("k2", current),
            publicEntry("k1", previous) + "," + publicEntry("k2", current));

    @Test
    void aSignedPayloadVerifiesAndNamesItsCode() {
        String payload = keys.payload(NUMBER);
        assertTrue(payload.startsWith("SP1." + NUMBER.value() + ".k2."));
        SigningKeys.Check check = keys.check(payload);
        assertEquals(SigningKeys.Verdict.GENUINE, check.verdict());
        assertEquals(NUMBER, check.codeNumber());
    }

    @Test
    void payloadsAreShortEnoughForADoorwayQr() {
        assertTrue(keys.payload(NUMBER).length() <= 120);
    }

    @Test
    void anotherCodeNumberUnderTheSameSignatureFails() {
        String payload = keys.payload(NUMBER);
        CodeNumber other = CodeNumber.of("310109", 43);
        String altered = payload.replace(NUMBER.value(), other.value());
        assertEquals(SigningKeys.Verdict.BAD_SIGNATURE, keys.check(altered).verdict());
    }

    @Test
    void aFlippedSignatureCharacterFails() {
        String payload = keys.payload(NUMBER);
        char last = payload.charAt(payload.length() - 2);
        String altered = payload.substring(0, payload.length() - 2) + (last == 'A' ? 'B' : 'A')
                + payload.charAt(payload.length() - 1);
        assertNotEquals(payload, altered);
        assertEquals(SigningKeys.Verdict.BAD_SIGNATURE, keys.check(altered).verdict());
    }

    @Test
    void aPosterForgedWithAnotherKeyFails() {
        KeyPair forger = pair();
        SigningKeys forged = SigningKeys.parse(privateEntry("k2", forger), publicEntry("k2", forger));
        assertEquals(SigningKeys.Verdict.BAD_SIGNATURE, keys.check(forged.payload(NUMBER)).verdict());
    }

    @Test
    void postersSignedBeforeARotationStillVerify() {
        SigningKeys before = SigningKeys.parse(privateEntry("k1", previous), publicEntry("k1", previous));
        assertEquals(SigningKeys.Verdict.GENUINE, keys.check(before.payload(NUMBER)).verdict());
    }

    @Test
    void anUnknownKeyIdIsReported() {
        KeyPair other = pair();
        SigningKeys elsewhere = SigningKeys.parse(privateEntry("k9", other), publicEntry("k9", other));
        assertEquals(SigningKeys.Verdict.UNKNOWN_KEY, keys.check(elsewhere.payload(NUMBER)).verdict());
    }

    @Test
    void garbageIsMalformed() {
        assertEquals(SigningKeys.Verdict.MALFORMED, keys.check("https://example.com/").verdict());
        assertEquals(SigningKeys.Verdict.MALFORMED, keys.check(null).verdict());
        String wrongCheck = keys.payload(NUMBER).replace(NUMBER.value(),
                NUMBER.value().substring(0, 15) + (NUMBER.value().endsWith("1") ? "2" : "1"));
        assertEquals(SigningKeys.Verdict.MALFORMED, keys.check(wrongCheck).verdict());
    }

    @Test
    void misconfiguredKeysStopTheDeployment() {
        assertThrows(IllegalStateException.class, () -> SigningKeys.parse("no-colon", publicEntry("k1", current)));
        assertThrows(IllegalStateException.class,
                () -> SigningKeys.parse(privateEntry("k2", current), publicEntry("k1", previous)));
        assertThrows(IllegalStateException.class, () -> SigningKeys.parse("k1:bm90IGEga2V5", "k1:bm90IGEga2V5"));
    }

    private static KeyPair pair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String privateEntry(String id, KeyPair pair) {
        return id + ":" + Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
    }

    private static String publicEntry(String id, KeyPair pair) {
        return id + ":" + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }
}
