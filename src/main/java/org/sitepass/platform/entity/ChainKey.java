package org.sitepass.platform.entity;

import java.util.Objects;
import javax.crypto.SecretKey;

/**
 * An HMAC-SHA256 key of the audit chain and the id every entry it keys records, so that verification finds the
 * key again after a rotation.
 */
public record ChainKey(String id, SecretKey secret) {

    public ChainKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(secret, "secret");
    }
}
