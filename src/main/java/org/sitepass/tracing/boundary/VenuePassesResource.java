package org.sitepass.tracing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.PeriodParameters;
import org.sitepass.platform.Roles;
import org.sitepass.tracing.control.HourlyPasses;
import org.sitepass.tracing.control.VenuePasses;

/** A venue manager's view of the checks at their doors, counted by hour; another's venue is not found. */
@Path("venue-passes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VENUE_MANAGER)
public class VenuePassesResource {

    @Inject
    VenuePasses passes;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Passes and stops at one of my venues by hour of a day (today by default), 24 hours")
    public List<HourlyPasses> byHour(@NotNull @QueryParam("venue") Long venue, @QueryParam("day") String day) {
        LocalDate which = PeriodParameters.date("day", day);
        return passes.byHour(caller.get(), venue, which == null ? LocalDate.now(CityTime.ZONE) : which)
                .orElseThrow(NotFoundException::new);
    }
}
