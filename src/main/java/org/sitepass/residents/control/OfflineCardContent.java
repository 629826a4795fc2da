package org.sitepass.residents.control;

import java.time.Instant;

/** What an offline card shows: the QR payload, its holder masked, and its validity; never a health status. */
public record OfflineCardContent(String payload, String maskedName, String maskedDocumentNumber, Instant issuedAt,
                                 Instant validUntil) {
}
