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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sitepass.inspections.control.AuditForm;
import org.sitepass.inspections.control.AuditReports;
import org.sitepass.inspections.control.AuditView;
import org.sitepass.inspections.control.Audits;
import org.sitepass.inspections.control.EvidencePhotos;
import org.sitepass.platform.BodyLimit;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.Download;
import org.sitepass.platform.FileType;
import org.sitepass.platform.Languages;
import org.sitepass.platform.Roles;

/** On-site audits of the caller's district: inspectors submit them; officers and inspectors read them. */
@Path("inspection-audits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OFFICER, Roles.INSPECTOR})
public class InspectionAuditsResource {

    @Inject
    Audits audits;

    @Inject
    AuditReports reports;

    @Inject
    CurrentCaller caller;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPECTOR)
    @BodyLimit(megabytes = EvidencePhotos.MAX_FORM_MEGABYTES)
    @Operation(summary = "Submit an audit of a venue: every checklist item, the poster's code, photos (JPEG or PNG, "
            + "base64, at most 6 of 5 MB; location metadata is removed); it cannot be edited afterwards")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = AuditView.class)))
    public Response submit(@NotNull @Valid AuditForm form) {
        AuditView audit = audits.submit(caller.get(), form).orElseThrow(NotFoundException::new);
        return Response.status(Response.Status.CREATED).entity(audit).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "One audit with its findings")
    public AuditView find(@PathParam("id") long id) {
        return audits.find(caller.get(), id).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("photos/{id: [0-9]+}")
    @Produces({"image/jpeg", "image/png"})
    @Operation(summary = "One photo of an audit")
    public Response photo(@PathParam("id") long id) {
        EvidencePhotos.Photo photo = audits.photo(caller.get(), id).orElseThrow(NotFoundException::new);
        return Download.inline(photo.contentType()).response(photo.content());
    }

    @GET
    @Path("{id: [0-9]+}/report")
    @Produces("application/pdf")
    @Operation(summary = "The report of one audit as an A4 PDF with its photos, in the caller's language")
    public Response report(@PathParam("id") long id) {
        byte[] pdf = reports.pdf(caller.get(), id, Languages.choose(headers.getAcceptableLanguages()))
                .orElseThrow(NotFoundException::new);
        return reportFile(id).response(pdf);
    }

    static Download reportFile(long auditId) {
        return Download.attachment(FileType.PDF.mediaType(), "audit-" + auditId + ".pdf");
    }
}
