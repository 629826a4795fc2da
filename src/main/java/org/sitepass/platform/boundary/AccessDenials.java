package org.sitepass.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.sitepass.platform.AuditOutcome;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;

/** Every refused request, from the container or from the API, leaves an audit entry. */
@ApplicationScoped
public class AccessDenials {

    static final String ACTION = "ACCESS_DENIED";
    static final String OBJECT_TYPE = "http_request";

    @Inject
    AuditTrail auditTrail;

    /**
     * @param path the path without query string: queries may carry search terms that are nobody's business
     */
    public void record(String method, String path, int status) {
        auditTrail.record(new AuditRecord(ACTION, OBJECT_TYPE, method + " " + path, "HTTP " + status,
                AuditOutcome.DENIED));
    }
}
