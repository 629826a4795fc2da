package org.sitepass.platform.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sitepass.platform.Roles;
import org.sitepass.platform.control.AuditReview;
import org.sitepass.platform.entity.AuditCheckpoint;

/** The signed checkpoints of the audit chain, for auditors to export and keep outside SitePass. */
@Path("audit/checkpoints")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AUDITOR)
public class AuditCheckpointsResource {

    /**
     * One checkpoint as exported: {@code signature} is the base64 Ed25519 signature over the UTF-8 bytes of
     * {@code statement}, made with the key {@code keyId} of {@code SITEPASS_AUDIT_CHECKPOINT_VERIFY_KEYS}.
     */
    public record Checkpoint(long id, Instant createdAt, long lastId, String lastHash, long keyedFrom,
                             String algorithm, String keyId, String statement, String signature) {

        static Checkpoint of(AuditCheckpoint c) {
            return new Checkpoint(c.getId(), c.getCreatedAt(), c.getLastId(), c.getLastHash(), c.getKeyedFrom(),
                    "Ed25519", c.getKeyId(), c.statement(), c.getSignature());
        }

        static List<Checkpoint> all(List<AuditCheckpoint> checkpoints) {
            return checkpoints.stream().map(Checkpoint::of).toList();
        }
    }

    @Inject
    AuditReview review;

    @GET
    @Operation(summary = "Every signed checkpoint of the audit chain's head, oldest first")
    public List<Checkpoint> export() {
        return Checkpoint.all(review.exportCheckpoints());
    }
}
