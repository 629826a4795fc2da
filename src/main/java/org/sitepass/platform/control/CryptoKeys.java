package org.sitepass.platform.control;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Reads keys from configuration text: {@code id:base64,id:base64} for the field keys, plain base64 for the
 * index key. Every key must be 256 bits. Error messages name the setting, never its value.
 */
public final class CryptoKeys {

    private static final int KEY_BYTES = 32;

    private CryptoKeys() {
    }

    public static Map<String, SecretKey> fieldKeys(String setting, String text) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        for (String entry : text.split(",")) {
            String trimmed = entry.trim();
            int colon = trimmed.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException(setting + " must read id:base64[,id:base64...]");
            }
            keys.put(trimmed.substring(0, colon), aes(setting, trimmed.substring(colon + 1)));
        }
        return keys;
    }

    public static SecretKey indexKey(String setting, String base64) {
        return new SecretKeySpec(decode(setting, base64), "HmacSHA256");
    }

    private static SecretKey aes(String setting, String base64) {
        return new SecretKeySpec(decode(setting, base64), "AES");
    }

    private static byte[] decode(String setting, String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + " holds a key that is not base64");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalArgumentException(setting + " holds a key that is not 256 bits");
        }
        return bytes;
    }
}
