package org.sitepass.residents.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.Download;
import org.sitepass.platform.Roles;
import org.sitepass.residents.control.CardFormat;
import org.sitepass.residents.control.OfflineCodeForm;
import org.sitepass.residents.control.OfflineCodeScan;
import org.sitepass.residents.control.OfflineCodeView;
import org.sitepass.residents.control.OfflineCodes;

/**
 * Offline paper codes at a service centre, for the officers of the holder's district: the person is named by the
 * document and name in the body, never in the URL; cards of other districts answer 404.
 */
@Path("offline-codes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OFFICER)
public class OfflineCodesResource {

    static final String PDF = "application/pdf";
    static final String FORMATS = "A6|A4";

    @Inject
    OfflineCodes codes;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue an offline code to an eligible person of my district (under 18, 60 and over, or "
            + "registered disabled), collected by them or by a proxy showing their own document; voids any "
            + "earlier code as reissued")
    public Response issue(@NotNull @Valid OfflineCodeForm form) {
        OfflineCodeView code = codes.issue(caller.get(), form);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(code.id())).build())
                .entity(code).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "One offline code of my district, its holder and proxy masked")
    public OfflineCodeView find(@PathParam("id") long id) {
        return codes.find(caller.get(), id).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{id: [0-9]+}/loss")
    @Operation(summary = "Report a card lost: it is void at once")
    public OfflineCodeView reportLoss(@PathParam("id") long id) {
        return codes.reportLoss(caller.get(), id).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{id: [0-9]+}/card.pdf")
    @Produces(PDF)
    @Operation(summary = "The printable card of an active code: A6, or an A4 sheet with the card to cut out")
    public Response card(@PathParam("id") long id,
                         @QueryParam("format") @DefaultValue("A6") @Pattern(regexp = FORMATS) String format) {
        byte[] pdf = codes.card(caller.get(), id, CardFormat.valueOf(format)).orElseThrow(NotFoundException::new);
        return Download.attachment(PDF, "offline-code-" + id + "-" + format + ".pdf").response(pdf);
    }

    @POST
    @Path("resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "What a scanned offline code is: valid, expired or void, whose (masked) and, when valid, "
            + "the holder's colour now; an unreadable or forged payload is refused (422)")
    public OfflineCodeScan resolve(@NotNull @Valid ScannedOfflineCode scanned) {
        return codes.scan(caller.get(), scanned.getPayload());
    }
}
