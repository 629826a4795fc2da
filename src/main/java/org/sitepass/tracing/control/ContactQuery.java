package org.sitepass.tracing.control;

import org.sitepass.tracing.entity.Assessment;
import org.sitepass.tracing.entity.ContactStatus;

/** A page of contacts, each filter left out when null: one case, a status, an assessment, a household district. */
public record ContactQuery(Long caseId, ContactStatus status, Assessment assessment, String districtCode, int first,
                           int size) {
}
