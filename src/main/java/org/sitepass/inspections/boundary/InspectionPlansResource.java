package org.sitepass.inspections.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sitepass.inspections.control.PlanForm;
import org.sitepass.inspections.control.PlanView;
import org.sitepass.inspections.control.PlannedVisitView;
import org.sitepass.inspections.control.Plans;
import org.sitepass.inspections.control.VisitAssignmentForm;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.Page;
import org.sitepass.platform.PageParameters;
import org.sitepass.platform.Roles;

/** Inspection plans of the caller's district: draw one up, share its venues out, follow its progress. */
@Path("inspection-plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OFFICER, Roles.INSPECTOR})
public class InspectionPlansResource {

    @Inject
    Plans plans;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draw up a plan: venues with active codes by street, category, risk level, or a signal "
            + "(NO_SENTRY: a code but no sentry; SENTRY_OFFLINE: a sentry offline now)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    public Response create(@NotNull @Valid PlanForm form) {
        return Response.status(Response.Status.CREATED).entity(plans.create(caller.get(), form)).build();
    }

    @GET
    @Operation(summary = "My district's plans with their progress, the latest period first, paged")
    public Page<PlanView> ofDistrict(@Valid @BeanParam PageParameters paging) {
        return paging.answer(plans.ofDistrict(caller.get(), paging.first(), paging.size()),
                plans.countOfDistrict(caller.get()));
    }

    @GET
    @Path("today")
    @Operation(summary = "My venues to visit today, from the plans running today, paged")
    public Page<PlannedVisitView> today(@Valid @BeanParam PageParameters paging) {
        return paging.answer(plans.today(caller.get(), paging.first(), paging.size()),
                plans.countToday(caller.get()));
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "One plan with its venues, who visits each, and what is done")
    public PlanView find(@PathParam("id") long id) {
        return plans.find(caller.get(), id).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{id: [0-9]+}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give venues of the plan to an inspector")
    public PlanView assign(@PathParam("id") long id, @NotNull @Valid VisitAssignmentForm form) {
        return plans.assign(caller.get(), id, form).orElseThrow(NotFoundException::new);
    }
}
