package org.sitepass.tracing.boundary;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.sitepass.platform.PageParameters;
import org.sitepass.tracing.entity.CaseStatus;

/** The query of the case list: a status, or all, and the page. */
public class CaseListParameters extends PageParameters {

    @QueryParam("status")
    @Pattern(regexp = "(OPEN|CLOSED)?", message = "{tracing.validation.caseStatus}")
    String status;

    CaseStatus status() {
        return status == null || status.isEmpty() ? null : CaseStatus.valueOf(status);
    }
}
