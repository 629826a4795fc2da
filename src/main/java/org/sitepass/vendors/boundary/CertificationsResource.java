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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.Page;
import org.sitepass.platform.Reason;
import org.sitepass.platform.Roles;
import org.sitepass.vendors.control.Certifications;
import org.sitepass.vendors.control.DocumentFile;
import org.sitepass.vendors.control.DocumentView;
import org.sitepass.vendors.control.ModelView;
import org.sitepass.vendors.control.VendorView;

/** Officers certify vendors and device models, reject, suspend, reinstate and revoke them. */
@Path("certifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OFFICER)
public class CertificationsResource {

    @Inject
    Certifications certifications;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("vendors")
    @Operation(summary = "Vendors by certification status, those awaiting a decision by default, paged")
    public Page<VendorView> vendors(@Valid @BeanParam StatusParameter status) {
        return status.answer(certifications.vendors(caller.get(), status.status(), status.first(), status.size()),
                certifications.countVendors(caller.get(), status.status()));
    }

    @GET
    @Path("vendors/{id: [0-9]+}")
    @Operation(summary = "One vendor, its contact masked")
    public VendorView vendor(@PathParam("id") long id) {
        return certifications.vendor(caller.get(), id).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("vendors/{id: [0-9]+}/documents")
    @Operation(summary = "A vendor's licences and test reports")
    public List<DocumentView> documents(@PathParam("id") long id) {
        return certifications.documentsOf(caller.get(), id).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("documents/{id: [0-9]+}")
    @Produces({"application/pdf", "image/png", "image/jpeg"})
    @Operation(summary = "One document, to read before deciding")
    public Response document(@PathParam("id") long id) {
        DocumentFile file = certifications.document(caller.get(), id).orElseThrow(NotFoundException::new);
        return file.download().response(file.content());
    }

    @POST
    @Path("vendors/{id: [0-9]+}/certification")
    @Operation(summary = "Certify a vendor: certificate number and last valid day")
    public VendorView certifyVendor(@PathParam("id") long id, @NotNull @Valid Grant grant) {
        return certifications.certifyVendor(caller.get(), id, grant.getCertificateNumber(), grant.until())
                .orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("vendors/{id: [0-9]+}/rejection")
    @Operation(summary = "Reject a vendor's submission with a reason it can act on")
    public VendorView rejectVendor(@PathParam("id") long id, @NotNull @Valid Reason reason) {
        return certifications.rejectVendor(caller.get(), id, reason.getReason()).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("vendors/{id: [0-9]+}/suspension")
    @Operation(summary = "Suspend a vendor: it registers nothing new until reinstated")
    public VendorView suspendVendor(@PathParam("id") long id, @NotNull @Valid Reason reason) {
        return certifications.suspendVendor(caller.get(), id, reason.getReason()).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("vendors/{id: [0-9]+}/reinstatement")
    @Operation(summary = "Reinstate a suspended vendor")
    public VendorView reinstateVendor(@PathParam("id") long id, @NotNull @Valid Reason reason) {
        return certifications.reinstateVendor(caller.get(), id, reason.getReason())
                .orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("vendors/{id: [0-9]+}/revocation")
    @Operation(summary = "Revoke a vendor's certificate for good")
    public VendorView revokeVendor(@PathParam("id") long id, @NotNull @Valid Reason reason) {
        return certifications.revokeVendor(caller.get(), id, reason.getReason()).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("models")
    @Operation(summary = "Device models by certification status, those awaiting a decision by default, paged")
    public Page<ModelView> models(@Valid @BeanParam StatusParameter status) {
        return status.answer(certifications.models(caller.get(), status.status(), status.first(), status.size()),
                certifications.countModels(caller.get(), status.status()));
    }

    @POST
    @Path("models/{id: [0-9]+}/certification")
    @Operation(summary = "Certify a device model for a period")
    public ModelView certifyModel(@PathParam("id") long id, @NotNull @Valid Grant grant) {
        return certifications.certifyModel(caller.get(), id, grant.getCertificateNumber(), grant.until())
                .orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("models/{id: [0-9]+}/rejection")
    @Operation(summary = "Reject a model's submission with a reason")
    public ModelView rejectModel(@PathParam("id") long id, @NotNull @Valid Reason reason) {
        return certifications.rejectModel(caller.get(), id, reason.getReason()).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("models/{id: [0-9]+}/revocation")
    @Operation(summary = "Revoke a model's certificate")
    public ModelView revokeModel(@PathParam("id") long id, @NotNull @Valid Reason reason) {
        return certifications.revokeModel(caller.get(), id, reason.getReason()).orElseThrow(NotFoundException::new);
    }
}
