package org.sitepass.platform.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sitepass.platform.Roles;
import org.sitepass.platform.control.AuditPage;
import org.sitepass.platform.control.AuditQuery;
import org.sitepass.platform.control.AuditReview;
import org.sitepass.platform.control.AuditVerification;
import org.sitepass.platform.entity.AuditEntry;

/** The audit trail, for auditors only: browse with filters, and verify the hash chain. */
@Path("audit-entries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AUDITOR)
public class AuditEntriesResource {

    static final String INSTANT = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z$";

    public record Entry(long id, Instant occurredAt, String actor, String actorRoles, String action,
                        String objectType, String objectId, String purpose, String outcome, String clientAddress,
                        String entryHash) {

        static Entry of(AuditEntry e) {
            return new Entry(e.getId(), e.getOccurredAt(), e.getActor(), e.getActorRoles(), e.getAction(),
                    e.getObjectType(), e.getObjectId(), e.getPurpose(), e.getOutcome().name(),
                    e.getClientAddress(), e.getEntryHash());
        }
    }

    public record Page(long total, int page, int size, List<Entry> entries) {
    }

    @Inject
    AuditReview review;

    @GET
    @Operation(summary = "Audit entries, newest first, filtered by actor, action, object type and time")
    public Page search(@QueryParam("actor") @Size(min = 0, max = 128) String actor,
                       @QueryParam("action") @Size(min = 0, max = 64) String action,
                       @QueryParam("objectType") @Size(min = 0, max = 64) String objectType,
                       @QueryParam("from") @Pattern(regexp = INSTANT, message = "{sitepass.validation.instant}")
                       String from,
                       @QueryParam("to") @Pattern(regexp = INSTANT, message = "{sitepass.validation.instant}")
                       String to,
                       @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                       @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        AuditQuery query = new AuditQuery(actor, action, objectType, parse(from), parse(to), page * size, size);
        AuditPage result = review.read(query);
        return new Page(result.total(), page, size, result.entries().stream().map(Entry::of).toList());
    }

    @POST
    @Path("verification")
    @Operation(summary = "Walk the hash chain and report the first altered, unlinked or missing entry")
    public AuditVerification verify() {
        return review.verify();
    }

    private static Instant parse(String instant) {
        return instant == null || instant.isBlank() ? null : Instant.parse(instant);
    }
}
