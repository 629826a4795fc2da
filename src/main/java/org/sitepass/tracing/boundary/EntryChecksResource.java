package org.sitepass.tracing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sitepass.devices.ChecksItsDevice;
import org.sitepass.devices.Sentry;
import org.sitepass.platform.BodyLimit;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.RequestLanguage;
import org.sitepass.platform.Roles;
import org.sitepass.tracing.control.BatchAnswer;
import org.sitepass.tracing.control.EntryCheckAnswer;
import org.sitepass.tracing.control.EntryCheckForm;
import org.sitepass.tracing.control.EntryChecks;
import org.sitepass.tracing.control.OfflineBatchForm;
import org.sitepass.tracing.control.Sentries;

/**
 * Where sentries ask whether a person may enter, with their own token and only at the venue where they stand, and
 * upload what they decided while offline. The device is checked once per call, here, through the devices module
 * ({@link ChecksItsDevice}).
 */
@Path("entry-checks")
@RequestScoped
@RolesAllowed(Roles.SENTRY)
@Produces(MediaType.APPLICATION_JSON)
public class EntryChecksResource {

    @Inject
    EntryChecks checks;

    @Inject
    Sentries sentries;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestLanguage language;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A check at the door: PASS or STOP with the reasons to show and say, recorded once")
    @APIResponse(responseCode = "200", description = "The verdict, its record stored")
    @APIResponse(responseCode = "409", description = "The sequence number was used for another check")
    @APIResponse(responseCode = "503", description = "Overloaded: decide offline, upload later")
    @ChecksItsDevice
    public EntryCheckAnswer check(@NotNull @Valid EntryCheckForm form) {
        return checks.check(sentry(), form, language.locale());
    }

    @POST
    @Path("batches")
    @Consumes(MediaType.APPLICATION_JSON)
    @BodyLimit(megabytes = 2)
    @Operation(summary = "Checks a device decided offline, up to 1,000, each stored once however often sent")
    @APIResponse(responseCode = "200", description = "What became of each check")
    @ChecksItsDevice
    public BatchAnswer upload(@NotNull @Valid OfflineBatchForm batch) {
        return checks.upload(sentry(), batch.getChecks(), language.locale());
    }

    private Sentry sentry() {
        return sentries.of(caller.tokenClaim("azp"), caller.tokenIssuedAt());
    }
}
