package org.sitepass.platform.control;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code id:base64[,id:base64...]} lists that every rotatable key setting uses (field keys, audit chain
 * keys, signing keys): the id lets stored data name its key, so that old keys can stay listed after a rotation.
 * Error messages name the setting, never its value.
 */
public final class KeyList {

    private static final Pattern ENTRY = Pattern.compile("([A-Za-z0-9_-]{1,16}):([A-Za-z0-9+/=]+)");

    private KeyList() {
    }

    /** The decoded keys by id, in the order listed. */
    public static Map<String, byte[]> parse(String setting, String text) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String item : (text == null ? "" : text).split(",")) {
            Matcher entry = ENTRY.matcher(item.trim());
            if (!entry.matches()) {
                throw new IllegalArgumentException(setting + " must read id:base64[,id:base64...]");
            }
            if (keys.put(entry.group(1), decode(setting, entry.group(2))) != null) {
                throw new IllegalArgumentException(setting + " lists the key id " + entry.group(1) + " twice");
            }
        }
        return keys;
    }

    /** The one key of a setting that names a single key, such as the active signing key. */
    public static Map.Entry<String, byte[]> single(String setting, String text) {
        Map<String, byte[]> keys = parse(setting, text);
        if (keys.size() != 1) {
            throw new IllegalArgumentException(setting + " must read id:base64, one key");
        }
        return keys.entrySet().iterator().next();
    }

    static byte[] decode(String setting, String base64) {
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + " holds a key that is not base64");
        }
    }
}
