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
import org.sitepass.inspections.control.InspectionPhotos;
import org.sitepass.inspections.control.OrderForm;
import org.sitepass.inspections.control.OrderView;
import org.sitepass.inspections.control.Orders;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.Download;
import org.sitepass.platform.Page;
import org.sitepass.platform.PageParameters;
import org.sitepass.platform.Reason;
import org.sitepass.platform.Roles;

/** Rectification orders of the caller's district: inspectors raise, close and escalate; officers follow them. */
@Path("inspection-orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OFFICER, Roles.INSPECTOR})
public class InspectionOrdersResource {

    @Inject
    Orders orders;

    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(summary = "Raise an order from a failing item of an inspection, with a deadline")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    public Response raise(@NotNull @Valid OrderForm form) {
        OrderView order = orders.raise(caller.get(), form).orElseThrow(NotFoundException::new);
        return Response.status(Response.Status.CREATED).entity(order).build();
    }

    @GET
    @Operation(summary = "The district's orders, pending ones first, then by deadline, overdue ones flagged; paged")
    public Page<OrderView> ofDistrict(@Valid @BeanParam PageParameters paging) {
        return paging.answer(orders.ofDistrict(caller.get(), paging.first(), paging.size()),
                orders.countOfDistrict(caller.get()));
    }

    @POST
    @Path("{id: [0-9]+}/closure")
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(summary = "Close an order after re-inspection found it put right")
    public OrderView close(@PathParam("id") long id, @NotNull @Valid Reason reason) {
        return orders.close(caller.get(), id, reason.getReason()).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{id: [0-9]+}/escalation")
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(summary = "Escalate an order that was not put right")
    public OrderView escalate(@PathParam("id") long id, @NotNull @Valid Reason reason) {
        return orders.escalate(caller.get(), id, reason.getReason()).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("photos/{id: [0-9]+}")
    @Produces({"image/jpeg", "image/png"})
    @Operation(summary = "A photo of a venue's answer")
    public Response photo(@PathParam("id") long id) {
        InspectionPhotos.Photo photo = orders.photo(caller.get(), id).orElseThrow(NotFoundException::new);
        return Download.inline(photo.contentType()).response(photo.content());
    }
}
