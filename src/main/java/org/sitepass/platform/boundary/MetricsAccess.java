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
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.sitepass.platform.Roles;

/**
 * Metrics tell how busy the service is and when: only the scraper's bearer token (client sitepass-metrics, role
 * METRICS) reads them. Payara adds its metrics servlet to the application at the root context but leaves it out of
 * web.xml's security constraints (an anonymous call got 200 under an auth-constraint). Payara's own secured mode
 * guards it only where the server is started with that setting; this filter guards it wherever the WAR runs.
 * {@link TokenOrigins} refuses a METRICS token from any other client.
 */
@WebFilter("/metrics/*")
public class MetricsAccess extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** As {@code CurrentCaller} reads it: the container's own principal may wrap the token. */
    @Inject
    transient SecurityContext securityContext;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        int status = statusFor(securityContext.getCallerPrincipal());
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        if (status != HttpServletResponse.SC_OK) {
            response.sendError(status);
            return;
        }
        chain.doFilter(request, response);
    }

    /** 200 lets the call through; a person, logged in by page or by token, is known but not allowed. */
    static int statusFor(Principal caller) {
        if (caller == null) {
            return HttpServletResponse.SC_UNAUTHORIZED;
        }
        boolean scraper = caller instanceof JsonWebToken token && token.getGroups() != null
                && token.getGroups().contains(Roles.METRICS);
        return scraper ? HttpServletResponse.SC_OK : HttpServletResponse.SC_FORBIDDEN;
    }
}
