package org.sitepass.residents.control;

import java.util.List;

/** The person at a service centre's counter, masked: whether they may hold a card, and their cards, newest first. */
public record OfflineCodeDesk(String maskedName, String maskedDocumentNumber, boolean eligible,
                              List<OfflineCodeView> codes) {
}
