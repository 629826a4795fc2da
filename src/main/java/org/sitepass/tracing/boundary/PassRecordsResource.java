package org.sitepass.tracing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sitepass.platform.Page;
import org.sitepass.platform.PageParameters;
import org.sitepass.platform.PeriodParameters;
import org.sitepass.platform.Roles;
import org.sitepass.tracing.control.DayView;
import org.sitepass.tracing.control.PurgeHistory;
import org.sitepass.tracing.control.PurgeView;

/** The auditor's proof of the retention: what each purge removed, and what is left of any day. */
@Path("pass-records")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AUDITOR)
public class PassRecordsResource {

    @Inject
    PurgeHistory history;

    @GET
    @Path("purges")
    @Operation(summary = "The days purged past the retention period, the latest first, with the records removed, paged")
    public Page<PurgeView> purges(@Valid @BeanParam PageParameters paging) {
        return paging.answer(history.page(paging.first(), paging.size()), history.count());
    }

    @GET
    @Path("days/{day: [0-9]{4}-[0-9]{2}-[0-9]{2}}")
    @Operation(summary = "One day's pass records: how many are stored now, whether the day is past the retention "
            + "period, and what its purge removed")
    public DayView day(@PathParam("day") String day) {
        return history.day(PeriodParameters.date("day", day));
    }
}
