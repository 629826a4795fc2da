package org.sitepass.tracing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.Page;
import org.sitepass.platform.PageParameters;
import org.sitepass.platform.Roles;
import org.sitepass.tracing.control.VisitView;
import org.sitepass.tracing.control.Visits;

/** A resident's own visits, for as long as pass records are kept. */
@Path("my-visits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RESIDENT)
public class MyVisitsResource {

    @Inject
    Visits visits;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "My visits, newest first: the venue, when, how I entered (sentry, door staff, my own"
            + " check-in) and what the door answered")
    public Page<VisitView> mine(@Valid @BeanParam PageParameters paging) {
        return visits.mine(caller.get(), paging.page(), paging.size());
    }
}
