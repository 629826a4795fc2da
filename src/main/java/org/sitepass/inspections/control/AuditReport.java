package org.sitepass.inspections.control;

import java.time.Instant;
import java.util.List;

/**
 * What the report of one audit prints: the audit, its venue as the reader names it (street and category in the
 * reader's language), its photos, and when the report was made.
 */
record AuditReport(AuditView audit, String venueName, String codeNumber, String street, String category,
                   List<EvidencePhotos.Photo> photos, Instant madeAt) {
}
