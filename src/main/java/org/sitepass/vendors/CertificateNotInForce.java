package org.sitepass.vendors;

/**
 * A vendor's or a model's certificate that no longer covers its devices, and why: what the fleet must show even
 * when the {@link CertificateWithdrawn} that told it so was lost.
 *
 * @param holderId the vendor's or the model's id, as {@code holder} says
 */
public record CertificateNotInForce(CertificateHolder holder, long holderId, CertificateWithdrawn.Cause cause) {
}
