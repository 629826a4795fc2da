package org.sitepass.residents.control;

import java.time.Instant;
import org.sitepass.residents.Colour;
import org.sitepass.residents.control.OfflineResolution.Outcome;

/**
 * What an officer sees on scanning an offline code: whether the card holds, whose it is (masked) and the holder's
 * colour now, read live, since the card itself shows none.
 *
 * @param colour null unless the card is valid: a dead card vouches for nobody's health
 */
public record OfflineCodeScan(Outcome outcome, String maskedName, String maskedDocumentNumber, Instant validUntil,
                              Colour colour) {
}
