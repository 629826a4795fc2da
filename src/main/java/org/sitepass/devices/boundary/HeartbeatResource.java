package org.sitepass.devices.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sitepass.devices.ChecksItsDevice;
import org.sitepass.devices.control.HeartbeatForm;
import org.sitepass.devices.control.Heartbeats;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.Roles;

/** Where sentries report that they live, each with its own token and only for itself. */
@Path("devices/heartbeat")
@RequestScoped
@RolesAllowed(Roles.SENTRY)
public class HeartbeatResource {

    @Inject
    Heartbeats heartbeats;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A sentry's heartbeat: firmware, uptime, unsent records and its clock")
    @APIResponse(responseCode = "204", description = "Recorded")
    @ChecksItsDevice
    public Response beat(@NotNull @Valid HeartbeatForm form) {
        heartbeats.heard(caller.tokenClaim("azp"), caller.tokenIssuedAt(), form);
        return Response.noContent().build();
    }
}
