package org.sitepass.inspections.control;

import org.sitepass.inspections.entity.PlannedVisitStatus;
import org.sitepass.inspections.entity.Signal;

/** One planned visit of a plan: where, why the venue was chosen, who goes, whether done. */
public record PlannedVisitView(long visitId, long venueId, String venueName, String codeNumber, String streetCode,
                               String categoryCode, Signal reason, String inspector, PlannedVisitStatus status) {
}
