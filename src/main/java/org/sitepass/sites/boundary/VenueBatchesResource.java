package org.sitepass.sites.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sitepass.platform.BodyLimit;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.RequestLanguage;
import org.sitepass.platform.Roles;
import org.sitepass.sites.SitesTexts;
import org.sitepass.sites.control.BatchReport;
import org.sitepass.sites.control.VenueBatches;
import org.sitepass.sites.control.VenueSheet;

/**
 * Venue batches: the file is the request body (CSV or XLSX, told apart by content), its name a query
 * parameter. The answer reports every row.
 */
@Path("venue-batches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VENUE_MANAGER)
public class VenueBatchesResource {

    @Inject
    VenueBatches venueBatches;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestLanguage language;

    @POST
    @Consumes({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            MediaType.APPLICATION_OCTET_STREAM})
    // A megabyte over a file's limit, so that a file just too large is told so by bounded().
    @BodyLimit(megabytes = VenueSheet.MAX_BYTES / (1024 * 1024) + 1)
    @Operation(summary = "Upload up to 5,000 venues; accepted rows become venues submitted for review")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = BatchReport.class)))
    public Response upload(@Valid @BeanParam UploadParameters upload, InputStream body) throws IOException {
        BatchReport report = venueBatches.upload(caller.get(),
                language.locale(), upload.fileName(), bounded(body));
        return Response.status(Response.Status.CREATED).entity(report).build();
    }

    /** Reads no more than a file may hold, so an endless body costs us 10 MB, not the heap. */
    private static byte[] bounded(InputStream body) throws IOException {
        byte[] content = body.readNBytes(VenueSheet.MAX_BYTES + 1);
        if (content.length > VenueSheet.MAX_BYTES) {
            throw InvalidInput.of("file", SitesTexts.text("sites.bulk.tooLarge",
                    VenueSheet.MAX_BYTES / (1024 * 1024)));
        }
        return content;
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "The report of one of my uploads: counts and the rejected rows")
    public BatchReport find(@PathParam("id") long id) {
        return venueBatches.find(caller.get(), id).orElseThrow(NotFoundException::new);
    }
}
