package org.sitepass.platform.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    static final String ID_NUMBER = "310101199001011234";
    static final String COLUMN = "residents_resident.id_number";

    private final SecretKey oldKey = key(1);
    private final SecretKey newKey = key(2);

    @Test
    void sealedValuesOpenAndHideThePlaintext() {
        FieldCipher cipher = new FieldCipher(Map.of("k1", oldKey), "k1");
        String sealed = cipher.seal(ID_NUMBER, COLUMN);
        assertTrue(sealed.startsWith("k1:"));
        assertFalse(sealed.contains(ID_NUMBER));
        assertEquals(ID_NUMBER, cipher.open(sealed, COLUMN));
    }

    @Test
    void sealedValuesAreRecognisableByShapeAndClearOnesAreNot() {
        FieldCipher cipher = new FieldCipher(Map.of("k1", oldKey), "k1");
        assertTrue(sealed(cipher.seal("", COLUMN)), "even an empty value seals to the full shape");
        assertTrue(sealed(cipher.seal("欧阳小明", "sites_venue.responsible_person")));
        assertFalse(sealed("张三"));
        assertFalse(sealed("13812345678"));
        assertFalse(sealed("Li: Si"), "a colon alone does not make a name look sealed");
    }

    @Test
    void sealedFilesOpenAcrossRotationAndOnlyForTheirColumn() {
        byte[] file = ("name,contact_mobile\n联华超市,13812345678\n").getBytes(StandardCharsets.UTF_8);
        byte[] sealed = new FieldCipher(Map.of("k1", oldKey), "k1").sealBytes(file, "sites_batch.content");
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("13812345678"));
        assertTrue(sealed.length < file.length + 64, "sealing adds a header and a tag, nothing more");
        FieldCipher rotated = new FieldCipher(Map.of("k1", oldKey, "k2", newKey), "k2");
        assertArrayEquals(file, rotated.openBytes(sealed, "sites_batch.content"));
        assertThrows(PersonalDataException.class, () -> rotated.openBytes(sealed, "other.column"));
        assertThrows(PersonalDataException.class, () -> rotated.openBytes(new byte[3], "sites_batch.content"));
    }

    @Test
    void everySealingUsesAFreshNonce() {
        FieldCipher cipher = new FieldCipher(Map.of("k1", oldKey), "k1");
        assertNotEquals(cipher.seal(ID_NUMBER, COLUMN), cipher.seal(ID_NUMBER, COLUMN));
    }

    @Test
    void valuesSealedUnderTheOldKeyStillOpenAfterRotation() {
        String sealedBefore = new FieldCipher(Map.of("k1", oldKey), "k1").seal(ID_NUMBER, COLUMN);
        FieldCipher rotated = new FieldCipher(Map.of("k1", oldKey, "k2", newKey), "k2");
        assertEquals(ID_NUMBER, rotated.open(sealedBefore, COLUMN));
        assertTrue(rotated.seal(ID_NUMBER, COLUMN).startsWith("k2:"));
    }

    @Test
    void aValueMovedToAnotherColumnDoesNotOpen() {
        FieldCipher cipher = new FieldCipher(Map.of("k1", oldKey), "k1");
        String sealed = cipher.seal(ID_NUMBER, COLUMN);
        assertThrows(PersonalDataException.class, () -> cipher.open(sealed, "residents_resident.mobile"));
    }

    @Test
    void tamperedOrForeignValuesAreRefusedWithoutRevealingAnything() {
        FieldCipher cipher = new FieldCipher(Map.of("k1", oldKey), "k1");
        String sealed = cipher.seal(ID_NUMBER, COLUMN);
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[20] ^= 1;
        String tampered = "k1:" + Base64.getEncoder().encodeToString(bytes);
        PersonalDataException refused = assertThrows(PersonalDataException.class,
                () -> cipher.open(tampered, COLUMN));
        assertFalse(refused.getMessage().contains(ID_NUMBER));
        assertThrows(PersonalDataException.class, () -> cipher.open("k9:" + sealed.substring(3), COLUMN));
        assertThrows(PersonalDataException.class, () -> cipher.open("no-key-id", COLUMN));
        assertThrows(PersonalDataException.class, () -> cipher.open("k1:%%%", COLUMN));
    }

    @Test
    void theActiveKeyMustBeConfigured() {
        assertThrows(IllegalArgumentException.class, () -> new FieldCipher(Map.of("k1", oldKey), "k2"));
    }

    static SecretKey key(int seed) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) seed);
        return new SecretKeySpec(bytes, "AES");
    }

    static String base64Key(int seed) {
        return Base64.getEncoder().encodeToString(key(seed).getEncoded());
    }

    private static boolean sealed(String value) {
        return value.matches(FieldCipher.SEALED_SHAPE);
    }
}
