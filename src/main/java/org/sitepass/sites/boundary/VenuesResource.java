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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.Download;
import org.sitepass.platform.Page;
import org.sitepass.platform.PageParameters;
import org.sitepass.platform.Roles;
import org.sitepass.sites.control.Venues;
import org.sitepass.sites.control.HistoryStep;
import org.sitepass.sites.control.PosterDownloads;
import org.sitepass.sites.control.VenueForm;
import org.sitepass.sites.control.VenueView;

/** A venue manager's own venues: apply, correct, submit, and download posters. Others' venues answer 404. */
@Path("venues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VENUE_MANAGER)
public class VenuesResource {

    static final String PDF = "application/pdf";
    static final String ZIP = "application/zip";
    static final String PNG = "image/png";
    static final String ZIP_NAME = "site-codes.zip";

    @Inject
    Venues venues;

    @Inject
    PosterDownloads posters;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "My venues with their status and code number, newest first")
    public Page<VenueView> mine(@Valid @BeanParam PageParameters paging) {
        return paging.answer(venues.mine(caller.get(), paging.first(), paging.size()),
                venues.countMine(caller.get()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a new venue as a draft")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = VenueView.class)))
    public Response create(@NotNull @Valid VenueForm form) {
        VenueView venue = venues.create(caller.get(), form);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(venue.id())).build())
                .entity(venue).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "One of my venues")
    public VenueView find(@PathParam("id") long id) {
        return venues.find(caller.get(), id).orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a draft or rejected venue, or change an issued venue (name, address and "
            + "category changes go back to review; the code stays valid)")
    public VenueView update(@PathParam("id") long id, @NotNull @Valid VenueForm form) {
        return venues.update(caller.get(), id, form).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{id: [0-9]+}/submission")
    @Operation(summary = "Submit a draft, or resubmit a corrected venue, for review")
    public VenueView submit(@PathParam("id") long id) {
        return venues.submit(caller.get(), id).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{id: [0-9]+}/history")
    @Operation(summary = "Submissions and decisions on one of my venues, oldest first")
    public List<HistoryStep> history(@PathParam("id") long id) {
        return venues.history(caller.get(), id).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{id: [0-9]+}/poster.png")
    @Produces(PNG)
    @Operation(summary = "The poster of an active site code as PNG")
    public Response png(@PathParam("id") long id) {
        byte[] poster = posters.png(caller.get(), id).orElseThrow(NotFoundException::new);
        return Download.attachment(PNG, "site-code-" + id + ".png").response(poster);
    }

    @GET
    @Path("{id: [0-9]+}/poster.pdf")
    @Produces(PDF)
    @Operation(summary = "The poster of an active site code as an A4 PDF, ready to print")
    public Response pdf(@PathParam("id") long id) {
        byte[] poster = posters.pdf(caller.get(), id).orElseThrow(NotFoundException::new);
        return Download.attachment(PDF, "site-code-" + id + ".pdf").response(poster);
    }

    @GET
    @Path("posters.zip")
    @Produces(ZIP)
    @Operation(summary = "The PDF posters of all my active site codes in one ZIP")
    public Response zip() {
        Caller manager = caller.get();
        StreamingOutput body = out -> posters.zip(manager, out);
        return Download.attachment(ZIP, ZIP_NAME).response(body);
    }
}
