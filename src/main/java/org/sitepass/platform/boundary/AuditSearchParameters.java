package org.sitepass.platform.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import org.sitepass.platform.control.AuditQuery;

/**
 * The query of {@code GET /api/v1/audit-entries}. A bean rather than method parameters: Payara's OpenAPI
 * generator fails on Bean Validation constraints placed directly on query parameters.
 */
public class AuditSearchParameters {

    /** User names, actions and object types are short identifiers. */
    static final String NAME = "^[A-Za-z0-9_.@-]{0,128}$";
    static final int DEFAULT_SIZE = 50;
    /** Deep enough for any browsing; deeper asks for a narrower filter, and page * size stays an int. */
    static final int MAX_PAGE = 100_000;

    @QueryParam("actor")
    @Pattern(regexp = NAME, message = "{sitepass.validation.name}")
    String actor;

    @QueryParam("action")
    @Pattern(regexp = NAME, message = "{sitepass.validation.name}")
    String action;

    @QueryParam("objectType")
    @Pattern(regexp = NAME, message = "{sitepass.validation.name}")
    String objectType;

    @QueryParam("from")
    @UtcInstant
    String from;

    @QueryParam("to")
    @UtcInstant
    String to;

    @QueryParam("page")
    @Min(0)
    @Max(MAX_PAGE)
    Integer page;

    @QueryParam("size")
    @Min(1)
    @Max(200)
    Integer size;

    int pageNumber() {
        return page == null ? 0 : page;
    }

    int pageSize() {
        return size == null ? DEFAULT_SIZE : size;
    }

    AuditQuery toQuery() {
        return new AuditQuery(actor, action, objectType, instant(from), instant(to), pageNumber() * pageSize(),
                pageSize());
    }

    private static Instant instant(String text) {
        return text == null || text.isBlank() ? null : Instant.parse(text);
    }
}
