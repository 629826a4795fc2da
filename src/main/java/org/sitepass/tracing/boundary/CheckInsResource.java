package org.sitepass.tracing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.Roles;
import org.sitepass.sites.ScannedCode;
import org.sitepass.tracing.control.CheckIn;
import org.sitepass.tracing.control.CheckIns;
import org.sitepass.tracing.control.VisitView;

/** A resident checks in at a venue without a sentry, with the poster their phone scanned. */
@Path("check-ins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RESIDENT)
public class CheckInsResource {

    @Inject
    CheckIns checkIns;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check in at the venue of a scanned poster (its link or bare payload): 201 with the visit"
            + " recorded; 200 with the earlier visit when I checked in there within the last minutes")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VisitView.class)))
    @APIResponse(responseCode = "200", description = "Already checked in there", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VisitView.class)))
    public Response checkIn(@NotNull @Valid ScannedCode scanned) {
        CheckIn checkIn = checkIns.checkIn(caller.get(), scanned.getPayload());
        return Response.status(checkIn.recorded() ? Response.Status.CREATED : Response.Status.OK)
                .entity(checkIn.visit()).build();
    }
}
