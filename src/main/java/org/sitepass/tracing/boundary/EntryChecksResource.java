package org.sitepass.tracing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.sitepass.residents.PassRulesInForce;
import org.sitepass.residents.RuleSheet;
import org.sitepass.residents.VenueContext;
import org.sitepass.tracing.control.BatchAnswer;
import org.sitepass.tracing.control.EntryCheckAnswer;
import org.sitepass.tracing.control.EntryCheckForm;
import org.sitepass.tracing.control.EntryChecks;
import org.sitepass.tracing.control.OfflineBatchForm;
import org.sitepass.tracing.control.Sentries;

/**
 * Where sentries ask whether a person may enter, with their own token and only at the venue where they stand, fetch
 * the signed pass rules to decide by while offline, and upload what they decided then. The device is checked once per call, here, through the devices module
 * ({@link ChecksItsDevice}). One instance for all calls: made per request, Jersey's look at its fields to inject
 * them was an eighth of a door check's CPU; what it injects is either shared or a proxy to the request's own.
 */
@Path("entry-checks")
@ApplicationScoped
@RolesAllowed(Roles.SENTRY)
@Produces(MediaType.APPLICATION_JSON)
public class EntryChecksResource {

    @Inject
    EntryChecks checks;

    @Inject
    Sentries sentries;

    @Inject
    PassRulesInForce rules;

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

    @GET
    @Path("rules")
    @Operation(summary = "The pass rules at the device's venue from now on, signed, to decide by while offline")
    @APIResponse(responseCode = "200", description = "The signed sheet and the periods it holds")
    @ChecksItsDevice
    public RuleSheet rules() {
        Sentry sentry = sentry();
        return rules.sheet(new VenueContext(sentry.districtCode(), sentry.categoryCode()), Instant.now());
    }

    private Sentry sentry() {
        return sentries.of(caller.tokenClaim("azp"), caller.tokenIssuedAt());
    }
}
