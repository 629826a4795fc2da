package org.sitepass.residents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.PersonalData;
import org.sitepass.residents.ResidentRef;

class OneTimeCodesTest {

    /** The platform's blind index as it is: a keyed HMAC, here under a test key. */
    static final class KeyedIndex extends PersonalData {
        @Override
        public String blindIndex(String normalisedValue, String kind) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
                return HexFormat.of().formatHex(mac.doFinal((kind + ":" + normalisedValue)
                        .getBytes(StandardCharsets.UTF_8)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final OneTimeCodes codes = withIndex();

    @Test
    void codesAreSixDigitsAndVary() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String code = codes.newCode();
            assertTrue(OneTimeCodes.isWellFormed(code), code);
            seen.add(code);
        }
        assertTrue(seen.size() > 190, "random codes rarely repeat: " + seen.size());
    }

    @Test
    void theHashIsBoundToItsChallengeAndHidesTheCode() {
        ResidentRef one = ResidentRegistry.newReference();
        ResidentRef other = ResidentRegistry.newReference();
        String hash = codes.hash(one, "123456");
        assertEquals(hash, codes.hash(one, "123456"));
        assertNotEquals(hash, codes.hash(one, "123457"));
        assertNotEquals(hash, codes.hash(other, "123456"), "the same code in another challenge differs");
        assertEquals(64, hash.length());
        assertFalse(hash.contains("123456"));
    }

    @Test
    void onlySixDigitsAreACode() {
        assertFalse(OneTimeCodes.isWellFormed("12345"));
        assertFalse(OneTimeCodes.isWellFormed("1234567"));
        assertFalse(OneTimeCodes.isWellFormed("12345a"));
        assertFalse(OneTimeCodes.isWellFormed(null));
    }

    private static OneTimeCodes withIndex() {
        OneTimeCodes codes = new OneTimeCodes();
        codes.personalData = new KeyedIndex();
        return codes;
    }
}
