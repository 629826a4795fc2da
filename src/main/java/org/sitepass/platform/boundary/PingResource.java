package org.sitepass.platform.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * An answer that costs the application nothing (no token, no database): the yardstick the entry-check benchmark
 * measures the door check against, and a way for a load balancer or a script to see that the API answers at all.
 */
@Path("ping")
@ApplicationScoped
@PermitAll
public class PingResource {

    @GET
    @Operation(summary = "Answers 204 at once: no login, no database")
    public void ping() {
        // the empty answer is the point: whatever this costs is the platform's own cost per request
    }
}
