package org.sitepass.residents.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.sitepass.platform.Roles;
import org.sitepass.residents.control.PassRuleChanges;
import org.sitepass.residents.control.PassRuleForm;
import org.sitepass.residents.control.RulesOverview;
import org.sitepass.residents.control.SampleVerdict;
import org.sitepass.residents.entity.RuleVersion;

/**
 * Pass rules for officers: those of their district (or the city's, for a city-level officer) with their history,
 * a new version taking effect at a chosen time, and a preview of a proposed rule on sample people.
 */
@Path("pass-rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OFFICER)
public class PassRulesResource {

    @Inject
    PassRuleChanges changes;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "The rule in force now in my district (of one venue category, or district-wide), the "
            + "versions it combines, and the history including the city's versions")
    public RulesOverview overview(@QueryParam("category") String category) {
        return changes.overview(caller.get(), category);
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "One version: the city's or my district's")
    public RuleVersion find(@PathParam("id") long id) {
        return changes.find(caller.get(), id).orElseThrow(NotFoundException::new);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a new version of my district's rule (district-wide or for one venue category), or of "
            + "the city's rule (district 310000, city-level officers only), taking effect at the given UTC time")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = RuleVersion.class)))
    public Response set(@NotNull PassRuleForm form) {
        RuleVersion version = changes.set(caller.get(), form.toProposal());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(version.id())).build())
                .entity(version).build();
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "How sample people would be judged when the proposed rule takes effect, before and with "
            + "it; stores nothing")
    public List<SampleVerdict> preview(@NotNull PassRuleForm form) {
        return changes.preview(caller.get(), form.toProposal());
    }
}
