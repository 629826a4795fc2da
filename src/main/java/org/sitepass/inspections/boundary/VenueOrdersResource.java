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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sitepass.inspections.control.InspectionPhotos;
import org.sitepass.inspections.control.OrderView;
import org.sitepass.inspections.control.Orders;
import org.sitepass.inspections.control.ResponseForm;
import org.sitepass.platform.BodyLimit;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.Page;
import org.sitepass.platform.PageParameters;
import org.sitepass.platform.Roles;

/** A venue manager's rectification orders: those of their own venues, and their answers. */
@Path("venue-orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VENUE_MANAGER)
public class VenueOrdersResource {

    @Inject
    Orders orders;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Orders for my venues, pending ones first, then by deadline, overdue ones flagged; paged")
    public Page<OrderView> ofMyVenues(@Valid @BeanParam PageParameters paging) {
        return paging.answer(orders.ofMyVenues(caller.get(), paging.first(), paging.size()),
                orders.countOfMyVenues(caller.get()));
    }

    @POST
    @Path("{id: [0-9]+}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @BodyLimit(megabytes = InspectionPhotos.MAX_FORM_MEGABYTES)
    @Operation(summary = "Answer an order with what was done and photos (JPEG or PNG, base64)")
    public OrderView respond(@PathParam("id") long id, @NotNull @Valid ResponseForm form) {
        return orders.respond(caller.get(), id, form).orElseThrow(NotFoundException::new);
    }
}
