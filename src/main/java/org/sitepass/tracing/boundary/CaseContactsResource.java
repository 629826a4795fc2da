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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.Page;
import org.sitepass.platform.PageParameters;
import org.sitepass.platform.Reason;
import org.sitepass.platform.Roles;
import org.sitepass.tracing.control.AssessmentForm;
import org.sitepass.tracing.control.ContactEntry;
import org.sitepass.tracing.control.ContactForm;
import org.sitepass.tracing.control.ContactQuery;
import org.sitepass.tracing.control.ContactView;
import org.sitepass.tracing.control.Contacts;
import org.sitepass.tracing.control.TransferForm;

/**
 * A case's contacts and each step of their handling, for tracers. A contact is named by its id within its case; an
 * id of another case's contact answers 404.
 */
@Path("tracing/cases/{caseId: [0-9]+}/contacts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.TRACER)
public class CaseContactsResource {

    @Inject
    Contacts contacts;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @PathParam("caseId")
    long caseId;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a person (a co-visitor's reference) to the case as a contact: identified")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ContactEntry.class)))
    public Response add(@NotNull @Valid ContactForm form) {
        ContactEntry added = contacts.add(caller.get(), caseId, form).orElseThrow(NotFoundException::new);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(added.id())).build())
                .entity(added).build();
    }

    @GET
    @Operation(summary = "The case's contacts, the latest changed first, masked names only")
    public Page<ContactEntry> list(@Valid @BeanParam PageParameters page) {
        ContactQuery query = new ContactQuery(caseId, null, null, null, page.first(), page.size());
        return page.answer(contacts.page(caller.get(), query), contacts.count(caller.get(), query));
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "One contact with every step of its handling and, once transferred, the place (audited)")
    public ContactView find(@PathParam("id") long id) {
        return contacts.find(caller.get(), caseId, id).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{id: [0-9]+}/notification")
    @Operation(summary = "The contact has been told: notified")
    public ContactEntry notify(@PathParam("id") long id) {
        return contacts.notify(caller.get(), caseId, id).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{id: [0-9]+}/assessment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assess: CLOSE_CONTACT holds the code red, SECONDARY_CONTACT yellow, and tells the person;"
            + " CLEARED lifts a hold of an earlier assessment")
    public ContactEntry assess(@PathParam("id") long id, @NotNull @Valid AssessmentForm form) {
        return contacts.assess(caller.get(), caseId, id, form).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{id: [0-9]+}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Transfer a close or secondary contact to central or home isolation, with the place")
    public ContactEntry transfer(@PathParam("id") long id, @NotNull @Valid TransferForm form) {
        return contacts.transfer(caller.get(), caseId, id, form).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{id: [0-9]+}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Release with a reason: the hold on the code is lifted and the notice withdrawn")
    public ContactEntry release(@PathParam("id") long id, @NotNull @Valid Reason reason) {
        return contacts.release(caller.get(), caseId, id, reason.getReason()).orElseThrow(NotFoundException::new);
    }
}
