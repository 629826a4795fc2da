package org.sitepass.platform.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sitepass.platform.Page;
import org.sitepass.platform.Roles;
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

    public record Entry(long id, Instant occurredAt, String actor, String actorRoles, String action,
                        String objectType, String objectId, String purpose, String outcome, String clientAddress,
                        String entryHash) {

        static Entry of(AuditEntry e) {
            return new Entry(e.getId(), e.getOccurredAt(), e.getActor(), e.getActorRoles(), e.getAction(),
                    e.getObjectType(), e.getObjectId(), e.getPurpose(), e.getOutcome().name(),
                    e.getClientAddress(), e.getEntryHash());
        }
    }

    @Inject
    AuditReview review;

    @GET
    @Operation(summary = "Audit entries, newest first, filtered by actor, action, object type and id, how the purpose"
            + " begins (a tracing case's reference) and time")
    public Page<Entry> search(@Valid @BeanParam AuditSearchParameters parameters) {
        AuditQuery query = parameters.toQuery();
        return parameters.answer(review.read(query).stream().map(Entry::of).toList(), review.count(query));
    }

    @POST
    @Path("verification")
    @Operation(summary = "Walk the hash chain and report the first altered, unlinked or missing entry")
    public AuditVerification verify() {
        return review.verify();
    }
}
