package org.sitepass.residents.control;

import java.time.Instant;
import org.sitepass.residents.entity.OfflineCodeStatus;
import org.sitepass.residents.entity.ProxyRelationship;
import org.sitepass.residents.entity.VoidReason;

/**
 * An offline code as an officer or its holder sees it: the holder and any proxy masked, the status at the moment
 * of asking, and no health status (the card never carries one).
 *
 * @param issuedBy the officer's account, or {@code SELF}
 * @param proxy    null when the holder collected it
 */
public record OfflineCodeView(long id, String maskedName, String maskedDocumentNumber, OfflineCodeStatus status,
                              Instant issuedAt, Instant validUntil, String issuedBy, VoidReason voidReason,
                              Instant voidedAt, ProxyView proxy) {

    /** Who collected the card, masked as any person is to an official. */
    public record ProxyView(String documentType, String maskedName, String maskedDocumentNumber,
                            ProxyRelationship relationship) {
    }
}
