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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sitepass.platform.AuditedAction;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.Page;
import org.sitepass.platform.PageParameters;
import org.sitepass.platform.RequestLanguage;
import org.sitepass.platform.Roles;
import org.sitepass.residents.control.Bindings;
import org.sitepass.residents.control.AppealForm;
import org.sitepass.residents.control.AppealView;
import org.sitepass.residents.control.Appeals;
import org.sitepass.residents.control.BindingRequest;
import org.sitepass.residents.control.BindingState;
import org.sitepass.residents.control.ChallengeStarted;
import org.sitepass.residents.control.MyData;
import org.sitepass.residents.control.MyDataView;
import org.sitepass.residents.control.ResidentBinding;

/**
 * The resident's own account: binding it to the resident by real-name check and one-time code, what SitePass holds
 * about them with every official's read, and their appeals. "Me" is the bound resident, never a number in the path.
 */
@Path("residents/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RESIDENT)
public class MyResidentResource {

    @Inject
    ResidentBinding binding;

    @Inject
    MyData myData;

    @Inject
    Appeals appeals;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestLanguage language;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("binding")
    @Operation(summary = "Whether my account is bound, to whom, and how many attempts to bind are left today")
    public BindingState binding() {
        return binding.state(caller.get());
    }

    @POST
    @Path("binding")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start binding: document type, number and name; a one-time code goes to the mobile the"
            + " registry holds (answered masked). A failed check says neither which detail was wrong nor whether"
            + " the number is registered")
    public ChallengeStarted start(@NotNull @Valid BindingRequest request) {
        return binding.start(caller.get(), request, language.locale());
    }

    @POST
    @Path("binding/{challenge: [A-Za-z0-9_-]{22}}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm with the one-time code: at most 5 wrong codes, within 5 minutes")
    public BindingState confirm(@PathParam("challenge") String challenge, @NotNull @Valid CodeEntry entry) {
        return binding.confirm(caller.get(), challenge, entry.getCode()).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("data")
    @Operation(summary = "Everything SitePass holds about me, and the latest actions of officials on my data")
    public MyDataView data(@Valid @BeanParam PageParameters paging) {
        return myData.of(caller.get(), paging.size()).orElseThrow(Bindings::notBound);
    }

    @GET
    @Path("data/reads")
    @Operation(summary = "Every action of an official on my data (who, when, what, for what purpose), newest first")
    public Page<AuditedAction> reads(@Valid @BeanParam PageParameters paging) {
        return myData.reads(caller.get(), paging.page(), paging.size()).orElseThrow(Bindings::notBound);
    }

    @GET
    @Path("appeals")
    @Operation(summary = "My appeals, newest first, with their decisions")
    public List<AppealView> myAppeals() {
        return appeals.mine(caller.get()).orElseThrow(Bindings::notBound);
    }

    @POST
    @Path("appeals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Appeal against one of my colour changes or nucleic-acid tests, with a reason")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppealView.class)))
    public Response appeal(@NotNull @Valid AppealForm form) {
        AppealView appeal = appeals.file(caller.get(), form).orElseThrow(Bindings::notBound);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(appeal.id())).build())
                .entity(appeal).build();
    }

}
