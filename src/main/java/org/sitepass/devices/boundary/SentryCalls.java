package org.sitepass.devices.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import org.sitepass.devices.ChecksItsDevice;
import org.sitepass.devices.control.Heartbeats;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.Roles;

/**
 * A sentry's token stays valid for minutes after its device is decommissioned or stopped, and other modules' APIs
 * (site-code verification) cannot ask the registry: every sentry call is checked here, after the role check, but
 * those whose resource method checks for itself ({@link ChecksItsDevice}).
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION + 100)
public class SentryCalls implements ContainerRequestFilter {

    @Inject
    Heartbeats heartbeats;

    @Inject
    CurrentCaller caller;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        // The annotation first: a role check asks the container's authorization, which under load queues on locks.
        if (!checksItsDevice(resource.getResourceMethod())
                && request.getSecurityContext().isUserInRole(Roles.SENTRY)) {
            heartbeats.requireInService(caller.tokenClaim("azp"), caller.tokenIssuedAt());
        }
    }

    static boolean checksItsDevice(Method method) {
        return method != null && method.isAnnotationPresent(ChecksItsDevice.class);
    }
}
