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
import org.sitepass.vendors.control.DocumentView;
import org.sitepass.vendors.control.ModelForm;
import org.sitepass.vendors.control.ModelView;
import org.sitepass.vendors.control.Models;

/** A certified vendor's device models: describe, attach the test report, submit for certification. */
@Path("device-models")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VENDOR)
public class DeviceModelsResource {

    @Inject
    Models models;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Describe a new model (my company's certificate must be in force)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ModelView.class)))
    public Response create(@NotNull @Valid ModelForm form) {
        ModelView model = models.create(caller.get(), form).orElseThrow(NotFoundException::new);
        return Response.status(Response.Status.CREATED).entity(model).build();
    }

    @GET
    @Operation(summary = "My company's models with their certification")
    public List<ModelView> mine() {
        return models.mine(caller.get()).orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a model before submission or after a rejection")
    public ModelView update(@PathParam("id") long id, @NotNull @Valid ModelForm form) {
        return models.update(caller.get(), id, form).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{id: [0-9]+}/test-report")
    @Consumes({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_OCTET_STREAM})
    @BodyLimit(megabytes = DocumentUpload.MAX_BODY_MEGABYTES)
    @Operation(summary = "Upload the model's test report: PDF, PNG or JPEG by content, at most 5 MB")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    public Response uploadTestReport(@PathParam("id") long id, @Valid @BeanParam DocumentUpload upload,
                                     InputStream body) throws IOException {
        DocumentView report = models.uploadTestReport(caller.get(), id, upload.fileName(),
                DocumentUpload.bounded(body)).orElseThrow(NotFoundException::new);
        return Response.status(Response.Status.CREATED).entity(report).build();
    }

    @POST
    @Path("{id: [0-9]+}/submission")
    @Operation(summary = "Submit a model for certification (needs its test report)")
    public ModelView submit(@PathParam("id") long id) {
        return models.submit(caller.get(), id).orElseThrow(NotFoundException::new);
    }
}
