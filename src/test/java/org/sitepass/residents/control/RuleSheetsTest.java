package org.sitepass.residents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.SignatureKeys;
import org.sitepass.residents.Colour;
import org.sitepass.residents.EffectiveRule;
import org.sitepass.residents.RulePeriod;
import org.sitepass.residents.VenueContext;

class RuleSheetsTest {

    private static final Instant ISSUED = Instant.parse("2026-12-04T08:00:00Z");
    private static final Instant CHANGE = Instant.parse("2026-12-04T20:00:00Z");
    private static final Instant UNTIL = Instant.parse("2026-12-05T08:00:00Z");
    private static final EffectiveRule NOW = new EffectiveRule(new BigDecimal("37.3"), Set.of(Colour.GREEN), 72,
            false, 0, true, false);
    private static final EffectiveRule LATER = new EffectiveRule(new BigDecimal("37.0"), Set.of(Colour.GREEN), null,
            true, 2, false, false);

    private final KeyPair pair = pair();
    private final SignatureKeys keys = SignatureKeys.parse("signing", "k1:" + encoded(pair.getPrivate().getEncoded()),
            "verify", "k1:" + encoded(pair.getPublic().getEncoded()));

    @Test
    void aSheetCarriesEveryPeriodAndItsSignatureVerifiesWithTheCodeKeys() {
        String signed = RuleSheets.sign(keys, RuleSheets.content(new VenueContext("310109", "MEDICAL"), ISSUED, UNTIL,
                List.of(new RulePeriod(ISSUED, CHANGE, NOW), new RulePeriod(CHANGE, UNTIL, LATER))));
        String[] parts = signed.split("\\.");
        assertEquals("PR1", parts[0]);
        assertEquals("k1", parts[2]);
        byte[] content = signed.substring(0, signed.lastIndexOf('.')).getBytes(StandardCharsets.US_ASCII);
        assertEquals(SignatureKeys.Verdict.GENUINE, keys.verify("k1", content, Base64.getUrlDecoder().decode(parts[3])));

        JsonObject sheet = Json.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8))).readObject();
        assertEquals("310109", sheet.getString("district"));
        assertEquals("MEDICAL", sheet.getString("category"));
        assertEquals(UNTIL.toString(), sheet.getString("validUntil"));
        JsonObject first = sheet.getJsonArray("periods").getJsonObject(0);
        assertEquals(72, first.getInt("natWithinHours"));
        assertEquals(CHANGE.toString(), first.getString("until"));
        JsonObject second = sheet.getJsonArray("periods").getJsonObject(1);
        assertFalse(second.containsKey("natWithinHours"), "no test is required in the second period");
        assertEquals(new BigDecimal("37.0"), second.getJsonNumber("maxTemperature").bigDecimalValue());
        assertEquals(2, second.getInt("minimumDoses"));
    }

    @Test
    void aChangedSheetNoLongerVerifies() {
        String signed = RuleSheets.sign(keys, RuleSheets.content(VenueContext.district("310109"), ISSUED, UNTIL,
                List.of(new RulePeriod(ISSUED, UNTIL, NOW))));
        String forged = signed.replace("PR1.", "PR1.e30");
        byte[] content = forged.substring(0, forged.lastIndexOf('.')).getBytes(StandardCharsets.US_ASCII);
        byte[] signature = Base64.getUrlDecoder().decode(forged.substring(forged.lastIndexOf('.') + 1));
        assertEquals(SignatureKeys.Verdict.BAD_SIGNATURE, keys.verify("k1", content, signature));
    }

    private static String encoded(byte[] key) {
        return Base64.getEncoder().encodeToString(key);
    }

    private static KeyPair pair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
