package org.sitepass.devices.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.sitepass.devices.control.Heartbeats;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.Roles;

/**
 * A sentry's token stays valid for minutes after its device is decommissioned or stopped, and other modules' APIs
 * (site-code verification) cannot ask the registry: every sentry call is checked here, after the role check. The
 * heartbeat checks for itself, under the lock it takes anyway.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION + 100)
public class SentryCalls implements ContainerRequestFilter {

    private static final String HEARTBEAT_PATH = "devices/heartbeat";

    @Inject
    Heartbeats heartbeats;

    @Inject
    CurrentCaller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().isUserInRole(Roles.SENTRY)
                && !request.getUriInfo().getPath().endsWith(HEARTBEAT_PATH)) {
            heartbeats.requireInService(caller.tokenClaim("azp"), caller.tokenClaim("device_id"));
        }
    }
}
