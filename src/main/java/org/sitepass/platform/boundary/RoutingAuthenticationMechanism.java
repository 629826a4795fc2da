package org.sitepass.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Pages log in through OpenID Connect ({@link PageLoginMechanism}), the API takes bearer tokens
 * ({@link BearerMechanism}). This one is selected as the application's mechanism and hands each request to the right
 * one: anything under {@code /api/} or carrying a bearer token to the bearer mechanism, everything else to the page
 * login.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class RoutingAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String API_PREFIX = "/api/";

    @Inject
    PageLoginMechanism browser;

    @Inject
    BearerMechanism bearer;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        return mechanismFor(request).validateRequest(request, response, context);
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) throws AuthenticationException {
        return mechanismFor(request).secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        mechanismFor(request).cleanSubject(request, response, context);
    }

    /** Decided on the container's decoded, normalised path, so that {@code /api;x/} or {@code /%61pi/} count too. */
    static boolean isApiRequest(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String authorization = request.getHeader("Authorization");
        return path.startsWith(API_PREFIX)
                || authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    private HttpAuthenticationMechanism mechanismFor(HttpServletRequest request) {
        return isApiRequest(request) ? bearer : browser;
    }
}
