package org.sitepass.residents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.SignatureKeys;
import org.sitepass.residents.ResidentRef;
import org.sitepass.residents.control.ScannedCode.Outcome;
import org.sitepass.residents.entity.DocumentType;
import org.sitepass.residents.entity.Resident;
import org.sitepass.residents.entity.SealedIdentity;
import org.sitepass.residents.entity.Sex;
import org.sitepass.residents.entity.SourceVersion;

class ScannedCodesTest {

    private static final Instant NOW = Instant.parse("2022-04-01T02:00:00Z");
    private static final ResidentRef REF = new ResidentRef("abcdefghijklmnopqrstuv");
    private static final String LINK = "LINKLINKLINKLINKLINK_-";
    private static final Resident PERSON = Resident.register(REF, DocumentType.RESIDENT_ID_CARD,
            new SealedIdentity("n", "ni", "name", null, null), new Resident.Particulars("310101", null, Sex.MALE, false),
            new SourceVersion("hc", "1", NOW), NOW);
    private static final Function<ResidentRef, Optional<Resident>> REGISTERED =
            ref -> ref.equals(REF) ? Optional.of(PERSON) : Optional.empty();
    private static final BiPredicate<String, Resident> LINK_ACTIVE = (link, person) -> LINK.equals(link);

    private final DynamicCodes codes = new DynamicCodes(keys(), Duration.ofSeconds(60));

    private ScannedCode resolve(String payload, Instant at) {
        return ScannedCodes.resolve(codes.read(payload, at), REGISTERED, LINK_ACTIVE);
    }

    @Test
    void aGenuineHealthCodeSpeaksForItsPerson() {
        ScannedCode scanned = resolve(codes.health(REF, NOW), NOW.plusSeconds(20));
        assertTrue(scanned.isGenuine());
        assertEquals(DynamicCodes.Kind.HEALTH, scanned.kind());
        assertSame(PERSON, scanned.resident());
        assertEquals(REF, scanned.reference());
        assertEquals(NOW, scanned.madeAt());
    }

    @Test
    void aRelativeCodeSpeaksForTheRelativeWhileItsLinkIsActive() {
        ScannedCode scanned = resolve(codes.relative(REF, LINK, NOW), NOW);
        assertEquals(Outcome.GENUINE, scanned.outcome());
        assertEquals(DynamicCodes.Kind.RELATIVE, scanned.kind());
        assertSame(PERSON, scanned.resident());
    }

    @Test
    void aRelativeCodeOfARevokedLinkIsVoid() {
        ScannedCode scanned = resolve(codes.relative(REF, "REVOKEDREVOKEDREVOKED_", NOW), NOW);
        assertEquals(Outcome.VOID, scanned.outcome());
        assertNull(scanned.resident());
        assertNull(scanned.reference());
    }

    @Test
    void aCodeOfSomeoneNoLongerRegisteredNamesNobody() {
        ScannedCode scanned = resolve(codes.health(new ResidentRef("zzzzzzzzzzzzzzzzzzzzzz"), NOW), NOW);
        assertEquals(Outcome.UNKNOWN_PERSON, scanned.outcome());
        assertNull(scanned.resident());
    }

    @Test
    void malformedForgedAndExpiredCodesNameNobody() {
        String payload = codes.health(REF, NOW);
        assertEquals(Outcome.MALFORMED, resolve("SP1.whatever", NOW).outcome());
        assertEquals(Outcome.FORGED, resolve(payload.replace(REF.value(), "abcdefghijklmnopqrstuw"), NOW).outcome());
        ScannedCode expired = resolve(payload, NOW.plusSeconds(61));
        assertEquals(Outcome.EXPIRED, expired.outcome());
        assertEquals(DynamicCodes.Kind.HEALTH, expired.kind());
        assertNull(expired.resident());
    }

    private static SignatureKeys keys() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            return SignatureKeys.parse("signing", "k1:" + Base64.getEncoder().encodeToString(
                    pair.getPrivate().getEncoded()), "verify", "k1:" + Base64.getEncoder().encodeToString(
                    pair.getPublic().getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
