package org.sitepass.inspections.control;

import java.time.Instant;
import java.util.List;

/**
 * What the report of one inspection prints: the inspection, its venue as the reader names it (street and category
 * in the reader's language), its photos, and when the report was made.
 */
record InspectionReport(InspectionView inspection, String venueName, String codeNumber, String street, String category,
                   List<InspectionPhotos.Photo> photos, Instant madeAt) {
}
