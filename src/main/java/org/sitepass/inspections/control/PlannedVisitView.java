package org.sitepass.inspections.control;

/** One planned visit of a plan: where, why the venue was chosen, who goes, whether done. */
public record PlannedVisitView(long visitId, long venueId, String venueName, String codeNumber, String streetCode,
                               String categoryCode, String reason, String inspector, String status) {
}
