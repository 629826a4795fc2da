package org.sitepass.tracing.boundary;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.Download;
import org.sitepass.platform.RequestLanguage;
import org.sitepass.platform.Roles;
import org.sitepass.platform.XlsxTable;
import org.sitepass.tracing.control.ContactExports;
import org.sitepass.tracing.control.ExportFile;
import org.sitepass.tracing.control.ExportForm;
import org.sitepass.tracing.control.ExportView;

/**
 * Exports of a case's contacts with their identities, four eyes: a tracer asks, another approves, the first downloads
 * once, soon after.
 */
@Path("tracing/cases/{caseId: [0-9]+}/exports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.TRACER)
public class ContactExportsResource {

    @Inject
    ContactExports exports;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @Inject
    RequestLanguage language;

    @PathParam("caseId")
    long caseId;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for an export of the case's contacts with identities (CSV or XLSX), with what for")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ExportView.class)))
    public Response request(@NotNull @Valid ExportForm form) {
        ExportView requested = exports.request(caller.get(), caseId, form).orElseThrow(NotFoundException::new);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(requested.id())).build())
                .entity(requested).build();
    }

    @GET
    @Operation(summary = "The case's export requests, the latest first")
    public List<ExportView> list() {
        return exports.ofCase(caller.get(), caseId).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{id: [0-9]+}/approval")
    @Operation(summary = "Approve another tracer's export request (never one's own)")
    public ExportView approve(@PathParam("id") long id) {
        return exports.approve(caller.get(), caseId, id).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{id: [0-9]+}/file")
    @Produces({"text/csv", XlsxTable.TYPE})
    @Operation(summary = "Download an approved export: only its requester, once, within the validity after approval")
    public Response download(@PathParam("id") long id) {
        ExportFile file = exports.download(caller.get(), caseId, id, language.locale())
                .orElseThrow(NotFoundException::new);
        return Download.attachment(file.contentType(), file.name()).response(file.content());
    }
}
