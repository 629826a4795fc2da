package org.sitepass.inspections.control;

import java.time.Instant;
import java.util.List;
import org.sitepass.inspections.entity.InspectionResult;

/** One inspection in a district's list: where, who, when, the result, and which items failed. */
public record InspectionSummary(long id, long venueId, String venueName, String codeNumber, String streetCode,
                           String categoryCode, String inspector, Instant submittedAt, InspectionResult result,
                           List<String> failedItems) {
}
