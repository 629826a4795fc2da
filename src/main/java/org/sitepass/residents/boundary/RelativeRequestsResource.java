package org.sitepass.residents.boundary;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.Reason;
import org.sitepass.platform.Roles;
import org.sitepass.residents.control.RelativeRequest;
import org.sitepass.residents.control.Relatives;

/** A district officer's review of requests for people of their district who cannot apply alone. */
@Path("residents/relative-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OFFICER)
public class RelativeRequestsResource {

    @Inject
    Relatives relatives;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Pending requests of my district, oldest first; each read is audited")
    public List<RelativeRequest> pending() {
        return relatives.pending(caller.get());
    }

    @POST
    @Path("{id: [0-9]+}/approval")
    @Operation(summary = "Approve: the holder's phone may show the relative's code from now on")
    public RelativeRequest approve(@PathParam("id") long id) {
        return relatives.approve(caller.get(), id).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{id: [0-9]+}/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refuse with a reason the holder can read")
    public RelativeRequest refuse(@PathParam("id") long id, @NotNull @Valid Reason decision) {
        return relatives.refuse(caller.get(), id, decision.getReason()).orElseThrow(NotFoundException::new);
    }
}
