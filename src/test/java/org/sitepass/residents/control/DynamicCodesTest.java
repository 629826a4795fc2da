package org.sitepass.residents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.SignatureKeys;
import org.sitepass.residents.ResidentRef;
import org.sitepass.residents.control.DynamicCodes.Kind;
import org.sitepass.residents.control.DynamicCodes.Reading;
import org.sitepass.residents.control.DynamicCodes.Status;

class DynamicCodesTest {

    private static final ResidentRef REF = new ResidentRef("abcdefghijklmnopqrstuv");
    private static final ResidentRef RELATIVE = new ResidentRef("ABCDEFGHIJKLMNOPQRSTUV");
    private static final String LINK = "0123456789_-0123456789";
    private static final Instant MADE = Instant.parse("2022-04-01T02:00:00.700Z");
    private static final Duration MINUTE = Duration.ofSeconds(60);

    private final KeyPair current = pair();
    private final KeyPair previous = pair();
    private final SignatureKeys rotated = SignatureKeys.parse("signing", privateEntry("k2", current), "verify",
            publicEntry("k1", previous) + "," + publicEntry("k2", current));
    private final DynamicCodes codes = new DynamicCodes(rotated, MINUTE);

    @Test
    void aHealthCodeNamesOnlyTheReferenceItsTimeAndItsKey() {
        String payload = codes.health(REF, MADE);
        assertTrue(payload.startsWith("HC1." + REF.value() + "." + MADE.getEpochSecond() + ".k2."), payload);
        assertTrue(payload.length() <= 130, "short enough to scan from a phone screen: " + payload.length());
        Reading reading = codes.read(payload, MADE);
        assertEquals(Status.GENUINE, reading.status());
        assertEquals(Kind.HEALTH, reading.kind());
        assertEquals(REF, reading.resident());
        assertNull(reading.link());
        assertEquals(Instant.ofEpochSecond(MADE.getEpochSecond()), reading.madeAt());
    }

    @Test
    void aRelativeCodeSpeaksForTheRelativeUnderItsLink() {
        String payload = codes.relative(RELATIVE, LINK, MADE);
        assertTrue(payload.startsWith("RC1." + RELATIVE.value() + "." + LINK + "."), payload);
        Reading reading = codes.read(payload, MADE.plusSeconds(30));
        assertEquals(Status.GENUINE, reading.status());
        assertEquals(Kind.RELATIVE, reading.kind());
        assertEquals(RELATIVE, reading.resident());
        assertEquals(LINK, reading.link());
    }

    @Test
    void aCodeIsGoodForExactlyItsWindowAndMayBeScannedAgainWithinIt() {
        String payload = codes.health(REF, MADE);
        Instant second = Instant.ofEpochSecond(MADE.getEpochSecond());
        assertEquals(second.plus(MINUTE), codes.expiresAt(MADE));
        assertEquals(Status.GENUINE, codes.read(payload, second.plusSeconds(10)).status());
        assertEquals(Status.GENUINE, codes.read(payload, second.plusSeconds(10)).status(), "a retry is no replay");
        assertEquals(Status.GENUINE, codes.read(payload, second.plus(MINUTE)).status());
        Reading late = codes.read(payload, second.plus(MINUTE).plusSeconds(1));
        assertEquals(Status.EXPIRED, late.status());
        assertNull(late.resident(), "an expired code names nobody");
    }

    @Test
    void theWindowIsConfigurable() {
        DynamicCodes longer = new DynamicCodes(rotated, Duration.ofMinutes(2));
        String payload = longer.health(REF, MADE);
        assertEquals(Status.GENUINE, longer.read(payload, MADE.plusSeconds(119)).status());
        assertEquals(Status.EXPIRED, longer.read(payload, MADE.plusSeconds(121)).status());
    }

    @Test
    void aCodeFromAClockSlightlyAheadIsAcceptedButNotOneFromTheFuture() {
        String payload = codes.health(REF, MADE);
        Instant second = Instant.ofEpochSecond(MADE.getEpochSecond());
        assertEquals(Status.GENUINE, codes.read(payload, second.minus(DynamicCodes.SKEW)).status());
        assertEquals(Status.EXPIRED, codes.read(payload, second.minus(DynamicCodes.SKEW).minusSeconds(1)).status());
    }

    @Test
    void oneChangedCharacterAnywhereIsAForgery() {
        String payload = codes.health(REF, MADE);
        String otherPerson = payload.replace(REF.value(), "b" + REF.value().substring(1));
        assertEquals(Status.FORGED, codes.read(otherPerson, MADE).status());
        String laterTime = payload.replace("." + MADE.getEpochSecond() + ".", "." + (MADE.getEpochSecond() + 1) + ".");
        assertEquals(Status.FORGED, codes.read(laterTime, MADE).status());
        int middle = payload.length() - 40;
        String flipped = payload.substring(0, middle) + (payload.charAt(middle) == 'A' ? 'B' : 'A')
                + payload.substring(middle + 1);
        assertFalse(flipped.equals(payload));
        assertEquals(Status.FORGED, codes.read(flipped, MADE).status());
    }

    @Test
    void aHealthCodeCannotBePassedOffAsARelativeCode() {
        String payload = codes.health(REF, MADE);
        String relabelled = "RC1." + REF.value() + "." + LINK + payload.substring(("HC1." + REF.value()).length());
        assertEquals(Status.FORGED, codes.read(relabelled, MADE).status());
    }

    @Test
    void aCodeSignedWithAnotherKeyOrAnUnknownKeyIsAForgery() {
        KeyPair forger = pair();
        DynamicCodes forged = codes("k2", forger, publicEntry("k2", forger));
        assertEquals(Status.FORGED, codes.read(forged.health(REF, MADE), MADE).status());
        DynamicCodes unknown = codes("k9", forger, publicEntry("k9", forger));
        assertEquals(Status.FORGED, codes.read(unknown.health(REF, MADE), MADE).status());
    }

    @Test
    void codesSignedBeforeARotationStillVerify() {
        DynamicCodes before = codes("k1", previous, publicEntry("k1", previous));
        assertEquals(Status.GENUINE, codes.read(before.health(REF, MADE), MADE).status());
    }

    @Test
    void whatIsNotACodeIsMalformed() {
        for (String text : new String[] {null, "", "HC1", "SP1.310109-0000042-7.k1.abc", "HC1." + REF.value()
                + ".x.k2." + "A".repeat(86), "HC1." + REF.value() + ".1.K2." + "A".repeat(86),
                codes.health(REF, MADE) + "A"}) {
            Reading reading = codes.read(text, MADE);
            assertEquals(Status.MALFORMED, reading.status(), text);
            assertNull(reading.resident());
        }
    }

    @Test
    void surroundingWhitespaceFromAScannerIsIgnored() {
        assertEquals(Status.GENUINE, codes.read(" " + codes.health(REF, MADE) + "\n", MADE).status());
    }

    @Test
    void aKeyIdThePayloadCannotCarryOrAnEmptyWindowIsRefusedAtStartUp() {
        KeyPair pair = pair();
        assertThrows(IllegalStateException.class, () -> codes("Key_1", pair, publicEntry("Key_1", pair)));
        assertThrows(IllegalStateException.class, () -> new DynamicCodes(rotated, Duration.ZERO));
    }

    private static DynamicCodes codes(String id, KeyPair signing, String verifying) {
        return new DynamicCodes(SignatureKeys.parse("signing", privateEntry(id, signing), "verify", verifying),
                MINUTE);
    }

    private static String privateEntry(String id, KeyPair pair) {
        return id + ":" + Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
    }

    private static String publicEntry(String id, KeyPair pair) {
        return id + ":" + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }

    private static KeyPair pair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
