package org.sitepass.tracing.boundary;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.sitepass.platform.PageParameters;
import org.sitepass.tracing.control.ContactQuery;
import org.sitepass.tracing.entity.Assessment;
import org.sitepass.tracing.entity.ContactStatus;

/** The filters of the contact list and counts, and the page. */
public class ContactParameters extends PageParameters {

    @QueryParam("case")
    @Pattern(regexp = "([0-9]{1,18})?", message = "{tracing.validation.case}")
    String caseId;

    @QueryParam("status")
    @Pattern(regexp = "(IDENTIFIED|NOTIFIED|ASSESSED|TRANSFERRED|RELEASED)?", message = "{tracing.validation.status}")
    String status;

    @QueryParam("assessment")
    @Pattern(regexp = "(CLOSE_CONTACT|SECONDARY_CONTACT|CLEARED)?", message = "{tracing.validation.assessment}")
    String assessment;

    @QueryParam("district")
    @Pattern(regexp = "([0-9]{6})?", message = "{tracing.validation.district}")
    String district;

    @QueryParam("by")
    @Pattern(regexp = "(case|district)?", message = "{tracing.validation.countsBy}")
    String by;

    ContactQuery toQuery() {
        return new ContactQuery(blank(caseId) ? null : Long.valueOf(caseId),
                blank(status) ? null : ContactStatus.valueOf(status),
                blank(assessment) ? null : Assessment.valueOf(assessment), blank(district) ? null : district,
                first(), size());
    }

    boolean perDistrict() {
        return "district".equals(by);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
