package org.sitepass.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Pages log in through OpenID Connect, the API takes bearer tokens (MicroProfile JWT). Both mechanisms are
 * beans of the same type, which would be ambiguous; this one is selected instead and hands each request to the
 * right one: anything under {@code /api/} or carrying a bearer token to MP-JWT, everything else to OIDC.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class RoutingAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String API_PREFIX = "/api/";
    private static final String BEARER_MECHANISM_TYPE =
            "fish.payara.microprofile.jwtauth.eesecurity.JWTAuthenticationMechanism";

    @Inject
    BeanManager beanManager;

    private volatile HttpAuthenticationMechanism bearer;
    private volatile HttpAuthenticationMechanism browser;

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
        if (bearer == null || browser == null) {
            lookUpMechanisms();
        }
        return isApiRequest(request) ? bearer : browser;
    }

    private synchronized void lookUpMechanisms() {
        for (Bean<?> bean : beanManager.getBeans(HttpAuthenticationMechanism.class, Any.Literal.INSTANCE)) {
            if (bean.getBeanClass() == RoutingAuthenticationMechanism.class) {
                continue;
            }
            HttpAuthenticationMechanism mechanism = (HttpAuthenticationMechanism) beanManager.getReference(
                    bean, HttpAuthenticationMechanism.class, beanManager.createCreationalContext(bean));
            if (isBearerMechanism(bean)) {
                bearer = mechanism;
            } else {
                browser = mechanism;
            }
        }
        if (bearer == null || browser == null) {
            throw new IllegalStateException("SitePass needs both the MP-JWT and the OpenID Connect mechanism");
        }
    }

    private static boolean isBearerMechanism(Bean<?> bean) {
        return bean.getTypes().stream().anyMatch(type -> type.getTypeName().equals(BEARER_MECHANISM_TYPE))
                || bean.getBeanClass().getName().equals(BEARER_MECHANISM_TYPE);
    }
}
