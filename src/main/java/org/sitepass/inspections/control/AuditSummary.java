package org.sitepass.inspections.control;

import java.time.Instant;
import java.util.List;
import org.sitepass.inspections.entity.AuditResult;

/** One audit in a district's list: where, who, when, the result, and which items failed. */
public record AuditSummary(long id, long venueId, String venueName, String codeNumber, String streetCode,
                           String categoryCode, String inspector, Instant submittedAt, AuditResult result,
                           List<String> failedItems) {
}
