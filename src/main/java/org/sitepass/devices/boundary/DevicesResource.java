package org.sitepass.devices.boundary;

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
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sitepass.devices.control.DeploymentView;
import org.sitepass.devices.control.DeviceBatch;
import org.sitepass.devices.control.DeviceCredentials;
import org.sitepass.devices.control.Deployments;
import org.sitepass.devices.control.DeviceForm;
import org.sitepass.devices.control.DeviceRegistry;
import org.sitepass.devices.control.DeviceView;
import org.sitepass.devices.control.IssuedCredentials;
import org.sitepass.devices.control.ProposalForm;
import org.sitepass.platform.BodyLimit;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.RequestLanguage;
import org.sitepass.platform.Page;
import org.sitepass.platform.PageParameters;
import org.sitepass.platform.Roles;

/** A vendor's devices: register with credentials shown once, rotate them, decommission, see the fleet. */
@Path("devices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VENDOR)
public class DevicesResource {

    @Inject
    DeviceRegistry registry;

    @Inject
    DeviceCredentials lifecycle;

    @Inject
    Deployments deployments;

    @Inject
    DeviceBatch batch;

    @Inject
    RequestLanguage language;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a device of one of my certified models; its client secret is in this answer only")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = IssuedCredentials.class)))
    public Response register(@NotNull @Valid DeviceForm form) {
        IssuedCredentials credentials = lifecycle.register(caller.get(), form);
        return Response.status(Response.Status.CREATED).entity(credentials)
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("batches")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
    // More than a batch may hold, so that a file just too large is told so by DeviceBatch, row by row.
    @BodyLimit(megabytes = 1)
    @Operation(summary = "Register up to 500 devices from a CSV (serial,model); each row's credentials are in this "
            + "answer only")
    // Payara's scanner cannot follow a nested record given as implementation; the record's own @Schema names it.
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(ref = "DeviceBatchReport")))
    public Response registerMany(InputStream body) throws IOException {
        byte[] content = body.readNBytes(DeviceBatch.MAX_BYTES + 1);
        DeviceBatch.Report report = batch.register(caller.get(), language.locale(),
                content);
        return Response.ok(report).header("Cache-Control", "no-store").build();
    }

    @GET
    @Operation(summary = "My devices, newest first and paged, with status, last heartbeat and firmware")
    public Page<DeviceView> fleet(@Valid @BeanParam PageParameters paging) {
        return paging.answer(registry.mine(caller.get(), paging.first(), paging.size()),
                registry.countMine(caller.get()));
    }

    @POST
    @Path("{id: [0-9]+}/credentials")
    @Operation(summary = "Rotate a device's client secret; the old one stops working")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = IssuedCredentials.class)))
    public Response rotate(@PathParam("id") long id) {
        IssuedCredentials credentials = lifecycle.rotate(caller.get(), id).orElseThrow(NotFoundException::new);
        return Response.ok(credentials).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("{id: [0-9]+}/deployments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a device for a venue's entrance, by the venue's site-code number; its manager "
            + "decides")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = DeploymentView.class)))
    public Response propose(@PathParam("id") long id, @NotNull @Valid ProposalForm form) {
        DeploymentView proposal = deployments.propose(caller.get(), id, form).orElseThrow(NotFoundException::new);
        return Response.status(Response.Status.CREATED).entity(proposal).build();
    }

    @POST
    @Path("deployments/{id: [0-9]+}/withdrawal")
    @Operation(summary = "Withdraw a proposal, or take a device away from where it stands (to move it)")
    public DeploymentView withdraw(@PathParam("id") long id) {
        return deployments.withdraw(caller.get(), id).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{id: [0-9]+}/decommissioning")
    @Operation(summary = "Decommission a device for good: its client is disabled and its tokens refused")
    public DeviceView decommission(@PathParam("id") long id) {
        return lifecycle.decommission(caller.get(), id).orElseThrow(NotFoundException::new);
    }
}
