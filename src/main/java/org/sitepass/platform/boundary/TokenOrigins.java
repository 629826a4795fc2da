package org.sitepass.platform.boundary;

import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.control.RoleSources;

/**
 * Refuses, as not authenticated, every bearer token whose roles its client may not carry ({@link RoleSources}),
 * wherever a bearer token is taken (the API, and metrics). A SENTRY token passes on to the devices module, which
 * refuses it unless the registry knows its client as a device in service. The refusal is audited as anonymous: the
 * name such a token claims is as forged as its roles.
 */
@WebFilter("/*")
public class TokenOrigins extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** As {@code CurrentCaller} reads it: the container's own principal may wrap the token. */
    @Inject
    transient SecurityContext securityContext;

    @Inject
    @ConfigProperty(name = "sitepass.oidc.person-clients")
    String personClients;

    @Inject
    @ConfigProperty(name = "sitepass.oidc.service-clients")
    String serviceClients;

    private transient volatile RoleSources sources;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (securityContext.getCallerPrincipal() instanceof JsonWebToken token && refused(token)) {
            request.setAttribute(CurrentCaller.UNTRUSTED_TOKEN, Boolean.TRUE);
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean refused(JsonWebToken token) {
        Object client = token.getClaim("azp");
        Set<String> roles = token.getGroups() == null ? Set.of() : token.getGroups();
        return sources().judge(client == null ? null : client.toString(), roles) == RoleSources.Verdict.REFUSED;
    }

    private RoleSources sources() {
        if (sources == null) {
            sources = RoleSources.of(personClients, serviceClients);
        }
        return sources;
    }
}
