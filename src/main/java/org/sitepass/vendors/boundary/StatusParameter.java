package org.sitepass.vendors.boundary;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.sitepass.platform.PageParameters;
import org.sitepass.vendors.entity.CertificationStatus;

/** Which certifications an officer lists, a page at a time: those awaiting a decision unless asked otherwise. */
public class StatusParameter extends PageParameters {

    @QueryParam("status")
    @Pattern(regexp = "(DRAFT|SUBMITTED|CERTIFIED|REJECTED|SUSPENDED|REVOKED)?",
            message = "{vendors.validation.status}")
    String status;

    CertificationStatus status() {
        return status == null || status.isEmpty() ? CertificationStatus.SUBMITTED : CertificationStatus.valueOf(status);
    }
}
