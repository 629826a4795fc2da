package org.sitepass.platform.control;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Reads secret keys from configuration text: {@code id:base64,id:base64} for the field and audit chain keys
 * (see {@link KeyList}), plain base64 for the index key. Every key must be 256 bits. Error messages name the
 * setting, never its value.
 */
public final class CryptoKeys {

    private static final int KEY_BYTES = 32;

    private CryptoKeys() {
    }

    public static Map<String, SecretKey> fieldKeys(String setting, String text) {
        return keys(setting, text, "AES");
    }

    /** HMAC-SHA256 keys as {@code id:base64[,id:base64...]}, e.g. the audit chain's. */
    public static Map<String, SecretKey> hmacKeys(String setting, String text) {
        return keys(setting, text, "HmacSHA256");
    }

    private static Map<String, SecretKey> keys(String setting, String text, String algorithm) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        KeyList.parse(setting, text).forEach((id, bytes) -> keys.put(id, new SecretKeySpec(sized(setting, bytes),
                algorithm)));
        return keys;
    }

    public static SecretKey indexKey(String setting, String base64) {
        return new SecretKeySpec(decode(setting, base64), "HmacSHA256");
    }

    private static byte[] decode(String setting, String base64) {
        return sized(setting, KeyList.decode(setting, base64));
    }

    private static byte[] sized(String setting, byte[] bytes) {
        if (bytes.length != KEY_BYTES) {
            throw new IllegalArgumentException(setting + " holds a key that is not 256 bits");
        }
        return bytes;
    }
}
