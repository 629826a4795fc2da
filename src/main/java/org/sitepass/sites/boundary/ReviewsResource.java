package org.sitepass.sites.boundary;

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
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.Page;
import org.sitepass.platform.Reason;
import org.sitepass.platform.Roles;
import org.sitepass.sites.control.QueueEntry;
import org.sitepass.sites.control.ReviewQuery;
import org.sitepass.sites.control.ReviewQueue;
import org.sitepass.sites.control.Reviews;
import org.sitepass.sites.control.VenueView;

/** The district officer's review of venues submitted for a site code, only of their own district. */
@Path("venue-reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OFFICER)
public class ReviewsResource {

    @Inject
    ReviewQueue queue;

    @Inject
    Reviews reviews;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Venues awaiting review in my district, filtered, sorted and paged; possible "
            + "duplicates flagged")
    public Page<QueueEntry> queue(@Valid @BeanParam QueueParameters parameters) {
        ReviewQuery query = parameters.toQuery(district());
        return parameters.answer(queue.page(query), queue.count(query));
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "One venue of my district; the contact mobile masked")
    public VenueView find(@PathParam("id") long id) {
        return reviews.find(caller.get(), id).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{id: [0-9]+}/approval")
    @Operation(summary = "Approve: issues the site code, or applies a reviewed change")
    public VenueView approve(@PathParam("id") long id) {
        return reviews.approve(caller.get(), id).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{id: [0-9]+}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject with a reason the applicant can act on")
    public VenueView reject(@PathParam("id") long id, @NotNull @Valid Reason decision) {
        return reviews.reject(caller.get(), id, decision.getReason()).orElseThrow(NotFoundException::new);
    }

    /** An officer without a district sees nothing rather than everything. */
    private String district() {
        String district = caller.get().district();
        return district == null ? "" : district;
    }
}
