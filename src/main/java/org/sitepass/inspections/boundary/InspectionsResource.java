package org.sitepass.inspections.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.sitepass.inspections.control.InspectionForm;
import org.sitepass.inspections.control.InspectionPhotos;
import org.sitepass.inspections.control.InspectionReports;
import org.sitepass.inspections.control.InspectionView;
import org.sitepass.inspections.control.Inspections;
import org.sitepass.platform.BodyLimit;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.Download;
import org.sitepass.platform.FileType;
import org.sitepass.platform.RequestLanguage;
import org.sitepass.platform.Roles;

/** On-site inspections of the caller's district: inspectors submit them; officers and inspectors read them. */
@Path("inspections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OFFICER, Roles.INSPECTOR})
public class InspectionsResource {

    @Inject
    Inspections inspections;

    @Inject
    InspectionReports reports;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestLanguage language;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPECTOR)
    @BodyLimit(megabytes = InspectionPhotos.MAX_FORM_MEGABYTES)
    @Operation(summary = "Submit an inspection of a venue: every checklist item, the poster's code, photos (JPEG or "
            + "PNG, base64, at most 6 of 5 MB; location metadata is removed); it cannot be edited afterwards")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = InspectionView.class)))
    public Response submit(@NotNull @Valid InspectionForm form) {
        InspectionView inspection = inspections.submit(caller.get(), form).orElseThrow(NotFoundException::new);
        return Response.status(Response.Status.CREATED).entity(inspection).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "One inspection with its findings")
    public InspectionView find(@PathParam("id") long id) {
        return inspections.find(caller.get(), id).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("photos/{id: [0-9]+}")
    @Produces({"image/jpeg", "image/png"})
    @Operation(summary = "One photo of an inspection")
    public Response photo(@PathParam("id") long id) {
        InspectionPhotos.Photo photo = inspections.photo(caller.get(), id).orElseThrow(NotFoundException::new);
        return Download.inline(photo.contentType()).response(photo.content());
    }

    @GET
    @Path("{id: [0-9]+}/report")
    @Produces("application/pdf")
    @Operation(summary = "The report of one inspection as an A4 PDF with its photos, in the caller's language")
    public Response report(@PathParam("id") long id) {
        byte[] pdf = reports.pdf(caller.get(), id, language.locale())
                .orElseThrow(NotFoundException::new);
        return reportFile(id).response(pdf);
    }

    static Download reportFile(long inspectionId) {
        return Download.attachment(FileType.PDF.mediaType(), "inspection-" + inspectionId + ".pdf");
    }
}
