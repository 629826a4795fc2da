package org.sitepass.tracing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.RequestLanguage;
import org.sitepass.platform.Roles;
import org.sitepass.tracing.control.DoorChecks;
import org.sitepass.tracing.control.DoorStaffView;
import org.sitepass.tracing.control.DoorStaffing;

/**
 * Checks at a venue's door by its staff, for someone without a phone, and the manager's naming of those staff. A
 * venue the caller may not check at, or does not manage, is answered 404 as one that does not exist.
 */
@Path("door-checks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DoorChecksResource {

    @Inject
    DoorChecks checks;

    @Inject
    DoorStaffing staffing;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestLanguage language;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DOOR_STAFF, Roles.VENUE_MANAGER})
    @Operation(summary = "Check a person at the door: a code's payload or an ID card's number and name; the verdict"
            + " with its reasons and the masked name, recorded as a staff check")
    public DoorCheckAnswer check(@NotNull @Valid DoorCheckForm form) {
        return checks.check(caller.get(), form.getVenueId(), form.credential(), form.getTemperature())
                .map(result -> DoorCheckAnswer.of(result, language.locale()))
                .orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("venues/{venueId: [0-9]+}/staff")
    @RolesAllowed(Roles.VENUE_MANAGER)
    @Operation(summary = "The door staff of my venue")
    public List<DoorStaffView> staff(@PathParam("venueId") long venueId) {
        return staffing.list(caller.get(), venueId).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("venues/{venueId: [0-9]+}/staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VENUE_MANAGER)
    @Operation(summary = "Name an account door staff of my venue")
    public Response name(@PathParam("venueId") long venueId, @NotNull @Valid StaffAccount named) {
        DoorStaffView staff = staffing.name(caller.get(), venueId, named.getAccount())
                .orElseThrow(NotFoundException::new);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(staff.account()).build()).entity(staff).build();
    }

    @DELETE
    @Path("venues/{venueId: [0-9]+}/staff/{account: [a-z0-9_.@-]+}")
    @RolesAllowed(Roles.VENUE_MANAGER)
    @Operation(summary = "Remove a door-staff account from my venue: it checks there no more")
    public Response remove(@PathParam("venueId") long venueId, @PathParam("account") String account) {
        staffing.remove(caller.get(), venueId, account).orElseThrow(NotFoundException::new);
        return Response.noContent().build();
    }
}
