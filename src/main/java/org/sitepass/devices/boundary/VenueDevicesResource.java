package org.sitepass.devices.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sitepass.devices.control.DeploymentView;
import org.sitepass.devices.control.Deployments;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.Reason;
import org.sitepass.platform.Roles;

/** A venue manager's sentries: those standing at their venues, those proposed, and the decision on proposals. */
@Path("venue-devices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VENUE_MANAGER)
public class VenueDevicesResource {

    @Inject
    Deployments deployments;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Devices standing at or proposed for my venues, with online status")
    public List<DeploymentView> atMyVenues() {
        return deployments.atMyVenues(caller.get());
    }

    @POST
    @Path("{deployment: [0-9]+}/acceptance")
    @Operation(summary = "Accept a proposed device at my venue")
    public DeploymentView accept(@PathParam("deployment") long id) {
        return deployments.accept(caller.get(), id).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{deployment: [0-9]+}/declination")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decline a proposed device, with a reason")
    public DeploymentView decline(@PathParam("deployment") long id, @NotNull @Valid Reason reason) {
        return deployments.decline(caller.get(), id, reason.getReason()).orElseThrow(NotFoundException::new);
    }
}
