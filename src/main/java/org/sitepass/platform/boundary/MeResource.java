package org.sitepass.platform.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.Roles;

/** Who the token belongs to: scripts and the pages' own tests start here. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    public record Me(String userName, List<String> roles, String district) {
    }

    @Inject
    CurrentCaller currentCaller;

    @GET
    @RolesAllowed({Roles.RESIDENT, Roles.VENUE_MANAGER, Roles.VENDOR, Roles.OFFICER, Roles.INSPECTOR, Roles.TRACER,
            Roles.AUDITOR})
    @Operation(summary = "The caller's user name, roles and district")
    public Me me() {
        Caller caller = currentCaller.get();
        List<String> roles = Roles.PEOPLE.stream().filter(caller::hasRole).toList();
        return new Me(caller.name(), roles, caller.district());
    }
}
