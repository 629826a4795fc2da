package org.sitepass.residents.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.RequestLanguage;
import org.sitepass.platform.Roles;
import org.sitepass.residents.control.HealthCodes;

/** The resident's own health code, made afresh on every call: a phone asks again before the code lapses. */
@Path("residents/me/health-code")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RESIDENT)
public class HealthCodeResource {

    @Inject
    HealthCodes healthCodes;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestLanguage language;

    @GET
    @Operation(summary = "My health code: a signed payload valid for a short window, the colour, the masked name,"
            + " the latest nucleic-acid test, vaccination doses and, for yellow or red, the reason and what to do;"
            + " 409 when the account is not bound to a resident")
    public CodeCardView get() {
        Instant now = CityTime.now();
        return CodeCardView.of(healthCodes.mine(caller.get(), now), language.locale(), now);
    }
}
