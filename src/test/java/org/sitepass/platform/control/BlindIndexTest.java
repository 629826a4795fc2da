package org.sitepass.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class BlindIndexTest {

    private final BlindIndex index = new BlindIndex(new SecretKeySpec(new byte[32], "HmacSHA256"));

    @Test
    void equalValuesGiveEqualIndexes() {
        assertEquals(index.of("310101199001011234", "id_number"), index.of("310101199001011234", "id_number"));
        assertTrue(index.of("310101199001011234", "id_number").matches("[0-9a-f]{64}"));
    }

    @Test
    void kindsAndKeysSeparateIndexes() {
        assertNotEquals(index.of("13812345678", "mobile"), index.of("13812345678", "id_number"));
        BlindIndex otherKey = new BlindIndex(new SecretKeySpec(FieldCipherTest.key(7).getEncoded(), "HmacSHA256"));
        assertNotEquals(index.of("13812345678", "mobile"), otherKey.of("13812345678", "mobile"));
    }

    @Test
    void theIndexIsAKeyedHashNotAPlainOne() throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update("mobile".getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) 0);
        byte[] unkeyed = sha256.digest("13812345678".getBytes(StandardCharsets.UTF_8));
        assertNotEquals(HexFormat.of().formatHex(unkeyed), index.of("13812345678", "mobile"));
    }
}
