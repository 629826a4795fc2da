package org.sitepass.tracing.boundary;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.Page;
import org.sitepass.platform.PageParameters;
import org.sitepass.platform.Roles;
import org.sitepass.tracing.TracingTexts;
import org.sitepass.tracing.control.ExposureForm;
import org.sitepass.tracing.control.ExposureView;
import org.sitepass.tracing.control.Exposures;
import org.sitepass.tracing.control.NoticeText;
import org.sitepass.tracing.control.VenueExposure;
import org.sitepass.tracing.entity.ExposureStatus;

/**
 * Exposures of venues: tracers mark, list, correct and withdraw them; a venue's manager sees those of their venues,
 * without anyone's identity.
 */
@Path("tracing/exposures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.TRACER)
public class ExposuresResource {

    @Inject
    Exposures exposures;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark a venue (by venueId or codeNumber) as exposed from one UTC time to another, at most 72"
            + " hours in the past and within the pass records kept; everyone recorded there then is told to get"
            + " tested, on their health-code page and by message, shortly after")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ExposureView.class)))
    public Response mark(@NotNull @Valid ExposureForm form) {
        ExposureView exposure = exposures.mark(caller.get(), form);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(exposure.id())).build())
                .entity(exposure).build();
    }

    @GET
    @Operation(summary = "The city's exposures, newest first, of one status (ACTIVE, WITHDRAWN) or all, paged")
    public Page<ExposureView> list(@QueryParam("status") String status, @Valid @BeanParam PageParameters paging) {
        return exposures.list(caller.get(), status(status), paging.page(), paging.size());
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "One exposure, with how many people were found and told so far")
    public ExposureView find(@PathParam("id") long id) {
        return exposures.find(caller.get(), id).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{id: [0-9]+}/correction")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give the notices a new text: it replaces the old one on everyone's page and is sent again")
    public ExposureView correct(@PathParam("id") long id, @NotNull @Valid NoticeText correction) {
        return exposures.correct(caller.get(), id, correction.getText()).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{id: [0-9]+}/withdrawal")
    @Operation(summary = "Withdraw the exposure: its notices leave everyone's page, and nobody more is told")
    public ExposureView withdraw(@PathParam("id") long id) {
        return exposures.withdraw(caller.get(), id).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("my-venues")
    @RolesAllowed(Roles.VENUE_MANAGER)
    @Operation(summary = "The exposures of the venues I manage: when, and what visitors were told; never who")
    public List<VenueExposure> atMyVenues() {
        return exposures.atVenuesOf(caller.get());
    }

    private static ExposureStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ExposureStatus.valueOf(status);
        } catch (IllegalArgumentException unknown) {
            throw InvalidInput.of("status", TracingTexts.text("tracing.exposure.status.invalid"));
        }
    }
}
