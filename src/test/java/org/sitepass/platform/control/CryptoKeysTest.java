package org.sitepass.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Map;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class CryptoKeysTest {

    @Test
    void readsSeveralFieldKeysForRotation() {
        Map<String, SecretKey> keys = CryptoKeys.fieldKeys("setting",
                "2025a:" + FieldCipherTest.base64Key(1) + ", 2026a:" + FieldCipherTest.base64Key(2));
        assertEquals(2, keys.size());
        assertTrue(keys.containsKey("2026a"));
    }

    @Test
    void refusesKeysOfTheWrongSizeOrFormWithoutEchoingThem() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        IllegalArgumentException tooShort = assertThrows(IllegalArgumentException.class,
                () -> CryptoKeys.fieldKeys("sitepass.crypto.field-keys", "k1:" + shortKey));
        assertTrue(tooShort.getMessage().contains("sitepass.crypto.field-keys"));
        assertFalse(tooShort.getMessage().contains(shortKey));
        assertThrows(IllegalArgumentException.class, () -> CryptoKeys.fieldKeys("s", FieldCipherTest.base64Key(1)));
        assertThrows(IllegalArgumentException.class, () -> CryptoKeys.indexKey("s", "not base64!"));
    }
}
