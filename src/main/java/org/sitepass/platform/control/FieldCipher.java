package org.sitepass.platform.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for single sensitive fields. A sealed value reads {@code keyId:base64(iv | ciphertext | tag)}, so
 * rows written under an old key still open after the active key rotates. The context (e.g. the column name) is
 * bound as associated data: a value copied into another column does not open there.
 */
public final class FieldCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    /**
     * What every sealed value looks like, as a regular expression that Java and MariaDB read alike: a key id, a
     * colon and the Base64 of at least the IV and the tag (28 bytes, 38 characters before padding). A clear name
     * or mobile never does, so a column being sealed in place can tell which rows are still to do.
     */
    public static final String SEALED_SHAPE = "^[^:]+:[A-Za-z0-9+/]{38,}={0,2}$";

    private final Map<String, SecretKey> keys;
    private final String activeKeyId;
    private final SecureRandom random = new SecureRandom();

    public FieldCipher(Map<String, SecretKey> keys, String activeKeyId) {
        if (!keys.containsKey(activeKeyId)) {
            throw new IllegalArgumentException("the active key id names no configured key");
        }
        this.keys = Map.copyOf(keys);
        this.activeKeyId = activeKeyId;
    }

    public String seal(String plaintext, String context) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), iv, context,
                plaintext.getBytes(StandardCharsets.UTF_8));
        byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
        return activeKeyId + ":" + Base64.getEncoder().encodeToString(out);
    }

    public String open(String sealedValue, String context) {
        int colon = sealedValue.indexOf(':');
        if (colon < 1) {
            throw new PersonalDataException("sealed value has no key id");
        }
        SecretKey key = keys.get(sealedValue.substring(0, colon));
        if (key == null) {
            throw new PersonalDataException("sealed value names a key that is not configured");
        }
        byte[] all = decode(sealedValue.substring(colon + 1));
        if (all.length <= IV_BYTES) {
            throw new PersonalDataException("sealed value is too short");
        }
        byte[] iv = Arrays.copyOfRange(all, 0, IV_BYTES);
        byte[] body = Arrays.copyOfRange(all, IV_BYTES, all.length);
        return new String(run(Cipher.DECRYPT_MODE, key, iv, context, body), StandardCharsets.UTF_8);
    }

    /**
     * Seals a whole file (an uploaded spreadsheet of contacts): {@code keyIdLength | keyId | iv | ciphertext | tag}
     * as bytes, so that a 10 MB file is not inflated twice by Base64 on its way into a BLOB.
     */
    public byte[] sealBytes(byte[] plaintext, String context) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] id = activeKeyId.getBytes(StandardCharsets.US_ASCII);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), iv, context, plaintext);
        return ByteBuffer.allocate(1 + id.length + iv.length + sealed.length)
                .put((byte) id.length).put(id).put(iv).put(sealed).array();
    }

    public byte[] openBytes(byte[] sealedValue, String context) {
        int idLength = sealedValue.length == 0 ? 0 : sealedValue[0] & 0xFF;
        if (idLength == 0 || sealedValue.length <= 1 + idLength + IV_BYTES) {
            throw new PersonalDataException("sealed file is too short");
        }
        SecretKey key = keys.get(new String(sealedValue, 1, idLength, StandardCharsets.US_ASCII));
        if (key == null) {
            throw new PersonalDataException("sealed file names a key that is not configured");
        }
        byte[] iv = Arrays.copyOfRange(sealedValue, 1 + idLength, 1 + idLength + IV_BYTES);
        byte[] body = Arrays.copyOfRange(sealedValue, 1 + idLength + IV_BYTES, sealedValue.length);
        return run(Cipher.DECRYPT_MODE, key, iv, context, body);
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    private static byte[] run(int mode, SecretKey key, byte[] iv, String context, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // The cause is not chained: some providers put input bytes into their messages.
            throw new PersonalDataException("sealed value failed authentication or could not be processed");
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new PersonalDataException("sealed value is not base64");
        }
    }
}
