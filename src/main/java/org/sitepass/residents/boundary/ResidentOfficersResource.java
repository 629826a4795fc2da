package org.sitepass.residents.boundary;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.Page;
import org.sitepass.platform.PageParameters;
import org.sitepass.platform.Reason;
import org.sitepass.platform.Roles;
import org.sitepass.residents.control.AppealQueueEntry;
import org.sitepass.residents.control.AppealView;
import org.sitepass.residents.control.Appeals;
import org.sitepass.residents.control.BindingLookup;
import org.sitepass.residents.control.BindingRecord;
import org.sitepass.residents.control.ResidentBinding;
import org.sitepass.residents.control.ResidentBindings;

/**
 * A district officer's part in residents' bindings and appeals, only for residents of their own district: another
 * district's binding or appeal is refused (403). Every read of a resident's details is audited with its purpose.
 */
@Path("residents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OFFICER)
public class ResidentOfficersResource {

    @Inject
    ResidentBinding binding;

    @Inject
    Appeals appeals;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("bindings/lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A resident of my district by document (in the body), masked, with every binding; audited"
            + " with the purpose given")
    public ResidentBindings lookUp(@NotNull @Valid BindingLookup lookup) {
        return binding.lookUp(caller.get(), lookup).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("bindings/{id: [0-9]+}/undo")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Undo a wrong binding with a reason; the account may bind again")
    public BindingRecord undo(@PathParam("id") long id, @NotNull @Valid Reason reason) {
        return binding.undo(caller.get(), id, reason.getReason()).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("appeals")
    @Operation(summary = "Open appeals of my district's residents, oldest first, paged")
    public Page<AppealQueueEntry> queue(@Valid @BeanParam PageParameters paging) {
        return paging.answer(appeals.queue(caller.get(), paging.first(), paging.size()), appeals.count(caller.get()));
    }

    @GET
    @Path("appeals/{id: [0-9]+}")
    @Operation(summary = "One appeal with the contested record and the resident's masked name; audited")
    public AppealView appeal(@PathParam("id") long id) {
        return appeals.open(caller.get(), id).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("appeals/{id: [0-9]+}/upholding")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Uphold with a decision the resident reads: a colour appeal records a green colour change,"
            + " a test appeal voids the test")
    public AppealView uphold(@PathParam("id") long id, @NotNull @Valid Reason decision) {
        return appeals.uphold(caller.get(), id, decision.getReason()).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("appeals/{id: [0-9]+}/dismissal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Dismiss with a decision the resident reads")
    public AppealView dismiss(@PathParam("id") long id, @NotNull @Valid Reason decision) {
        return appeals.dismiss(caller.get(), id, decision.getReason()).orElseThrow(NotFoundException::new);
    }
}
