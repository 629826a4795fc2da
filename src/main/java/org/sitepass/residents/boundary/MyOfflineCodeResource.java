package org.sitepass.residents.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.Download;
import org.sitepass.platform.Roles;
import org.sitepass.residents.control.CardFormat;
import org.sitepass.residents.control.OfflineCodeView;
import org.sitepass.residents.control.OfflineCodes;

/** A resident's own offline code, for when they are eligible and print it themselves. */
@Path("residents/me/offline-code")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RESIDENT)
public class MyOfflineCodeResource {

    @Inject
    OfflineCodes codes;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Issue my own offline code, where I am eligible; voids my earlier one as reissued")
    public Response issue() {
        OfflineCodeView code = codes.issueForSelf(caller.get());
        return Response.created(uriInfo.getAbsolutePath()).entity(code).build();
    }

    @GET
    @Operation(summary = "My latest offline code and its status")
    public OfflineCodeView mine() {
        return codes.mine(caller.get()).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("card.pdf")
    @Produces(OfflineCodesResource.PDF)
    @Operation(summary = "My active offline card to print: A6, or an A4 sheet with the card to cut out")
    public Response card(@QueryParam("format") @DefaultValue("A6")
                         @Pattern(regexp = OfflineCodesResource.FORMATS) String format) {
        byte[] pdf = codes.myCard(caller.get(), CardFormat.valueOf(format)).orElseThrow(NotFoundException::new);
        return Download.attachment(OfflineCodesResource.PDF, "offline-code-" + format + ".pdf").response(pdf);
    }
}
