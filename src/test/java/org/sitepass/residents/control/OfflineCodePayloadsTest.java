package org.sitepass.residents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.SignatureKeys;
import org.sitepass.residents.control.OfflineCodePayloads.Verdict;

class OfflineCodePayloadsTest {

    static SignatureKeys keys(String id, KeyPair pair, String verify) {
        Base64.Encoder b64 = Base64.getEncoder();
        return SignatureKeys.parse("signing", id + ":" + b64.encodeToString(pair.getPrivate().getEncoded()),
                "verify", verify + id + ":" + b64.encodeToString(pair.getPublic().getEncoded()));
    }

    static KeyPair pair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private final KeyPair pair = pair();
    private final OfflineCodePayloads payloads = new OfflineCodePayloads(keys("k1", pair, ""));

    @Test
    void aPayloadCarriesOnlyTheSerialTheKeyIdAndTheSignature() {
        String serial = OfflineCodePayloads.newSerial();
        String payload = payloads.payload(serial);
        assertTrue(payload.matches("OC1\\." + serial + "\\.k1\\.[A-Za-z0-9_-]{86}"), payload);
        assertEquals(new OfflineCodePayloads.Check(Verdict.GENUINE, serial), payloads.check(payload));
        assertEquals(Verdict.GENUINE, payloads.check(" " + payload + "\n").verdict(), "a scanner's whitespace");
    }

    @Test
    void serialsAreRandomAndUrlSafe() {
        String one = OfflineCodePayloads.newSerial();
        assertTrue(one.matches("[A-Za-z0-9_-]{22}"), one);
        assertNotEquals(one, OfflineCodePayloads.newSerial());
    }

    @Test
    void anAlteredSerialOrSignatureIsForged() {
        String payload = payloads.payload(OfflineCodePayloads.newSerial());
        String otherSerial = OfflineCodePayloads.newSerial();
        String altered = "OC1." + otherSerial + payload.substring(4 + 22);
        assertEquals(Verdict.FORGED, payloads.check(altered).verdict());
        char last = payload.charAt(payload.length() - 20);
        String badSignature = payload.substring(0, payload.length() - 20) + (last == 'A' ? 'B' : 'A')
                + payload.substring(payload.length() - 19);
        assertEquals(Verdict.FORGED, payloads.check(badSignature).verdict());
    }

    @Test
    void aPayloadSignedByAnotherKeyIsForged() {
        OfflineCodePayloads stranger = new OfflineCodePayloads(keys("k1", pair(), ""));
        assertEquals(Verdict.FORGED, payloads.check(stranger.payload(OfflineCodePayloads.newSerial())).verdict());
        OfflineCodePayloads unknownKey = new OfflineCodePayloads(keys("k9", pair(), ""));
        assertEquals(Verdict.FORGED, payloads.check(unknownKey.payload(OfflineCodePayloads.newSerial())).verdict());
    }

    @Test
    void aRetiredKeyStillListedVerifiesOldCards() {
        String old = payloads.payload(OfflineCodePayloads.newSerial());
        Base64.Encoder b64 = Base64.getEncoder();
        OfflineCodePayloads rotated = new OfflineCodePayloads(keys("k2", pair(),
                "k1:" + b64.encodeToString(pair.getPublic().getEncoded()) + ","));
        assertEquals(Verdict.GENUINE, rotated.check(old).verdict());
        assertFalse(rotated.payload("AAAAAAAAAAAAAAAAAAAAAA").contains(".k1."));
    }

    @Test
    void otherTextsAreMalformed() {
        assertEquals(Verdict.MALFORMED, payloads.check(null).verdict());
        assertEquals(Verdict.MALFORMED, payloads.check("").verdict());
        assertEquals(Verdict.MALFORMED, payloads.check("https://example.com/OC1").verdict());
        assertEquals(Verdict.MALFORMED, payloads.check("SP1.310109-0000001-9.dev1." + "A".repeat(86)).verdict());
        assertEquals(Verdict.MALFORMED, payloads.check("OC1.short.k1." + "A".repeat(86)).verdict());
    }

    @Test
    void theKeyIdFollowsTheSamePatternAsTheDynamicCodes() {
        String serial = OfflineCodePayloads.newSerial();
        assertEquals(Verdict.MALFORMED, payloads.check("OC1." + serial + ".Key_1." + "A".repeat(86)).verdict());
        assertThrows(IllegalStateException.class, () -> new OfflineCodePayloads(keys("Key_1", pair, "")));
    }
}
