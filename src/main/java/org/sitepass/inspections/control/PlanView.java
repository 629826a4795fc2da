package org.sitepass.inspections.control;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan with its progress, and its venues when asked for one plan.
 *
 * @param venues empty in lists of plans
 */
public record PlanView(long id, String districtCode, String name, LocalDate periodFrom, LocalDate periodTo,
                       String createdBy, long planned, long done, long unassigned, List<Stop> venues) {

    /** One venue of a plan: where, why chosen, who goes, whether done. */
    public record Stop(long assignmentId, long venueId, String venueName, String codeNumber, String streetCode,
                       String categoryCode, String reason, String inspector, String status) {
    }
}
