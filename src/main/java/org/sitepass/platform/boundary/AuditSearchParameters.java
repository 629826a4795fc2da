package org.sitepass.platform.boundary;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import org.sitepass.platform.PageParameters;
import org.sitepass.platform.control.AuditQuery;

/**
 * The query of {@code GET /api/v1/audit-entries}. A bean rather than method parameters: Payara's OpenAPI
 * generator fails on Bean Validation constraints placed directly on query parameters.
 */
public class AuditSearchParameters extends PageParameters {

    /** User names, actions and object types are short identifiers. */
    static final String NAME = "^[A-Za-z0-9_.@-]{0,128}$";

    @QueryParam("actor")
    @Pattern(regexp = NAME, message = "{sitepass.validation.name}")
    String actor;

    @QueryParam("action")
    @Pattern(regexp = NAME, message = "{sitepass.validation.name}")
    String action;

    @QueryParam("objectType")
    @Pattern(regexp = NAME, message = "{sitepass.validation.name}")
    String objectType;

    @QueryParam("objectId")
    @Pattern(regexp = NAME, message = "{sitepass.validation.name}")
    String objectId;

    /** How the purpose begins: a tracing case's reference finds every lookup made for the case. */
    @QueryParam("purpose")
    @Pattern(regexp = NAME, message = "{sitepass.validation.name}")
    String purpose;

    @QueryParam("from")
    @UtcInstant
    String from;

    @QueryParam("to")
    @UtcInstant
    String to;

    AuditQuery toQuery() {
        return new AuditQuery(actor, action, objectType, objectId, purpose, instant(from), instant(to), first(),
                size());
    }

    private static Instant instant(String text) {
        return text == null || text.isBlank() ? null : Instant.parse(text);
    }
}
