package org.sitepass.vendors;

import java.time.Instant;

/**
 * Fired after commit when a vendor's or a model's certificate stops being in force: suspended or revoked by an
 * officer, or expired (found by the daily sweep, announced once).
 *
 * @param holderId the vendor's or the model's id, as {@code holder} says
 */
public record CertificateWithdrawn(CertificateHolder holder, long holderId, Cause cause, Instant at) {

    /** Why the certificate is no longer in force. */
    public enum Cause {
        SUSPENDED, REVOKED, EXPIRED
    }
}
