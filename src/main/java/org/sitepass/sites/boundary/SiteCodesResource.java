package org.sitepass.sites.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import java.util.function.LongFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.Reason;
import org.sitepass.platform.Roles;
import org.sitepass.sites.ScannedCode;
import org.sitepass.sites.SiteCodeCheck;
import org.sitepass.sites.Sites;
import org.sitepass.sites.control.Reviews;
import org.sitepass.sites.control.VenueView;

/** Issued site codes: anyone signed in verifies a scanned one; a district officer suspends, reinstates, revokes. */
@Path("site-codes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SiteCodesResource {

    @Inject
    Sites sites;

    @Inject
    Reviews reviews;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("verify")
    @RolesAllowed({Roles.RESIDENT, Roles.VENUE_MANAGER, Roles.VENDOR, Roles.OFFICER, Roles.INSPECTOR, Roles.TRACER,
            Roles.AUDITOR, Roles.SENTRY})
    @Operation(summary = "Verify a scanned site-code payload: the venue's public details, or a problem saying why "
            + "the code is not valid (malformed, bad-signature, unknown, suspended, revoked)")
    public SiteCodeCheck verify(@NotNull @Valid ScannedCode scanned) {
        return sites.verify(scanned.getPayload());
    }

    @POST
    @Path("{codeNumber}/suspension")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Suspend an active code of my district, with a reason")
    public VenueView suspend(@PathParam("codeNumber") String codeNumber, @NotNull @Valid Reason decision) {
        return decide(codeNumber, id -> reviews.suspend(caller.get(), id, decision.getReason()));
    }

    @POST
    @Path("{codeNumber}/reinstatement")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Reinstate a suspended code of my district, with a reason")
    public VenueView reinstate(@PathParam("codeNumber") String codeNumber, @NotNull @Valid Reason decision) {
        return decide(codeNumber, id -> reviews.reinstate(caller.get(), id, decision.getReason()));
    }

    @POST
    @Path("{codeNumber}/revocation")
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Revoke a code of my district for good, with a reason")
    public VenueView revoke(@PathParam("codeNumber") String codeNumber, @NotNull @Valid Reason decision) {
        return decide(codeNumber, id -> reviews.revoke(caller.get(), id, decision.getReason()));
    }

    private VenueView decide(String codeNumber, LongFunction<Optional<VenueView>> decision) {
        return reviews.venueWithCode(caller.get(), codeNumber).flatMap(decision::apply)
                .orElseThrow(NotFoundException::new);
    }
}
