package org.sitepass.platform.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * Keyed HMAC-SHA256 of a normalised value: equal values give equal indexes, so an encrypted column can be
 * searched for equality, while the index alone reveals nothing without the key.
 */
public final class BlindIndex {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKey key;

    public BlindIndex(SecretKey key) {
        this.key = key;
    }

    /** 64 hex characters; the context separates indexes of different kinds of value. */
    public String of(String normalisedValue, String context) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(context.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(normalisedValue.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is a mandatory JDK algorithm", e);
        }
    }
}
