package org.sitepass.inspections.control;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan with its progress, and its planned visits when asked for one plan.
 *
 * @param visits empty in lists of plans
 */
public record PlanView(long id, String districtCode, String name, LocalDate periodFrom, LocalDate periodTo,
                       String createdBy, long planned, long done, long unassigned, List<PlannedVisitView> visits) {
}
