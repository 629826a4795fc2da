package org.sitepass.vendors;

import java.time.Instant;

/** Fired after commit when a suspended certificate is in force again. */
public record CertificateReinstated(CertificateHolder holder, long holderId, Instant at) {
}
