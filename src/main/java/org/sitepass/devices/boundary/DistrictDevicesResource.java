package org.sitepass.devices.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sitepass.devices.control.Deployments;
import org.sitepass.devices.control.DistrictFleet;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.Roles;

/** The district officer's view of the sentries standing in their district. */
@Path("district-devices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OFFICER)
public class DistrictDevicesResource {

    @Inject
    Deployments deployments;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Devices standing in my district: counts by vendor and model, and the offline list")
    public DistrictFleet fleet() {
        return deployments.district(caller.get());
    }
}
