package org.sitepass.vendors.boundary;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sitepass.platform.BodyLimit;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.Roles;
import org.sitepass.vendors.control.DocumentFile;
import org.sitepass.vendors.control.DocumentView;
import org.sitepass.vendors.control.Registrations;
import org.sitepass.vendors.control.VendorForm;
import org.sitepass.vendors.control.VendorView;

/** A vendor's own company: register, describe, upload licences, submit for certification. */
@Path("vendors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VENDOR)
public class VendorsResource {

    @Inject
    Registrations registrations;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register my company (one per vendor user)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = VendorView.class)))
    public Response register(@NotNull @Valid VendorForm form) {
        return Response.status(Response.Status.CREATED).entity(registrations.register(caller.get(), form)).build();
    }

    @GET
    @Path("mine")
    @Operation(summary = "My company with its certification")
    public VendorView mine() {
        return registrations.mine(caller.get()).orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("mine")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct my company's details before submission or after a rejection")
    public VendorView update(@NotNull @Valid VendorForm form) {
        return registrations.update(caller.get(), form).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("mine/licences")
    @Consumes({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_OCTET_STREAM})
    @BodyLimit(megabytes = DocumentUpload.MAX_BODY_MEGABYTES)
    @Operation(summary = "Upload a licence: PDF, PNG or JPEG by content, at most 5 MB")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    public Response uploadLicence(@Valid @BeanParam DocumentUpload upload, InputStream body) throws IOException {
        DocumentView document = registrations.uploadLicence(caller.get(), upload.fileName(),
                DocumentUpload.bounded(body)).orElseThrow(NotFoundException::new);
        return Response.status(Response.Status.CREATED).entity(document).build();
    }

    @GET
    @Path("mine/documents")
    @Operation(summary = "My company's licences and test reports")
    public List<DocumentView> documents() {
        return registrations.documents(caller.get()).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("mine/documents/{id: [0-9]+}")
    @Produces({"application/pdf", "image/png", "image/jpeg"})
    @Operation(summary = "One of my company's documents")
    public Response document(@PathParam("id") long id) {
        DocumentFile file = registrations.document(caller.get(), id).orElseThrow(NotFoundException::new);
        return file.download().response(file.content());
    }

    @POST
    @Path("mine/submission")
    @Operation(summary = "Submit my company for certification (needs at least one licence)")
    public VendorView submit() {
        return registrations.submit(caller.get()).orElseThrow(NotFoundException::new);
    }
}
