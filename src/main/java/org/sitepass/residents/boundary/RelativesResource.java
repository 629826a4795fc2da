package org.sitepass.residents.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.RequestLanguage;
import org.sitepass.platform.Roles;
import org.sitepass.residents.control.RelativeEntry;
import org.sitepass.residents.control.RelativeForm;
import org.sitepass.residents.control.Relatives;

/** The relatives whose codes a resident's phone shows (亲属码); another holder's relative is answered as missing. */
@Path("residents/me/relatives")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RESIDENT)
public class RelativesResource {

    @Inject
    Relatives relatives;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestLanguage language;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "My relatives, newest application first, names masked")
    public List<RelativeEntry> list() {
        return relatives.mine(caller.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply for a relative by document and name: a child under 18 or an elder of 60 or over at"
            + " once, a person who cannot apply alone once an officer of their district approves; a child under 14"
            + " needs guardianDeclared; at most 8 relatives per holder and 3 holders per relative; after "
            + Relatives.UNMATCHED_PER_DAY + " applications matching nobody in a day, 429 until the next day")
    @APIResponse(responseCode = "201", description = "Applied",
            content = @Content(schema = @Schema(implementation = RelativeEntry.class)))
    public Response apply(@NotNull @Valid RelativeForm form) {
        RelativeEntry entry = relatives.apply(caller.get(), form);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(entry.id())).build())
                .entity(entry).build();
    }

    @POST
    @Path("{id: [0-9]+}/revocation")
    @Operation(summary = "Revoke: codes made for the relative under this link are void from now on")
    public RelativeEntry revoke(@PathParam("id") long id) {
        return relatives.revoke(caller.get(), id).orElseThrow(NotFoundException::new);
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @Operation(summary = "The same as a revocation; the link is kept as history")
    public RelativeEntry delete(@PathParam("id") long id) {
        return revoke(id);
    }

    @GET
    @Path("{id: [0-9]+}/code")
    @Operation(summary = "The relative's code, built like my health code and speaking for the relative")
    public CodeCardView code(@PathParam("id") long id) {
        Instant now = CityTime.now();
        return relatives.code(caller.get(), id, now).map(card -> CodeCardView.of(card, language.locale(), now))
                .orElseThrow(NotFoundException::new);
    }
}
