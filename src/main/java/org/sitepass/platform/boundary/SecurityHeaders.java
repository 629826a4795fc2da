package org.sitepass.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The response headers that tell a browser what a page and an API answer may do, set on every answer of the app:
 * pages, API, downloads and error pages alike. A Faces page replaces the content security policy by the same one
 * with its own nonce (PrimeFaces' CSP mode, web.xml), which lets its scripts run and no other inline script.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD,
        DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CSP = "Content-Security-Policy";
    /**
     * Also a Faces page's policy ({@code primefaces.CSP_POLICY} in web.xml reads it from {@link Policy}); PrimeFaces
     * appends its nonce, so {@code script-src} comes last. Styles stay inline-able: PrimeFaces' components write
     * style attributes, which no nonce can cover. No {@code form-action}: the browser applies it to the redirects
     * after a form too, and logging out posts a form that ends at Keycloak.
     */
    static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; script-src 'self'";
    /** A year; only sent when the deployment says it is served over TLS. */
    static final String HSTS = "max-age=31536000";
    static final String TLS_SETTING = "sitepass.http.tls";

    private boolean tls;

    @Override
    public void init() {
        tls = tls();
    }

    /** Whether the deployment is reached over HTTPS only ({@code SITEPASS_HTTP_TLS}), false unless it says so. */
    static boolean tls() {
        return ConfigProvider.getConfig().getOptionalValue(TLS_SETTING, Boolean.class).orElse(false);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // The container's decoded, normalised path, as the authentication mechanism decides on it.
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        headers(path, request.getUserPrincipal() != null, tls).forEach(response::setHeader);
        chain.doFilter(request, new OnePolicy(response));
    }

    /**
     * The headers of an answer to a path (within the app). Nothing is kept by a cache from the API, whose answers
     * may carry unmasked personal data, nor from a logged-in person's pages; style sheets and scripts may be.
     */
    static Map<String, String> headers(String path, boolean loggedIn, boolean tls) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CSP, POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "no-referrer");
        if (path.startsWith(RoutingAuthenticationMechanism.API_PREFIX)
                || loggedIn && !path.startsWith("/jakarta.faces.resource/")) {
            headers.put("Cache-Control", "no-store");
        }
        if (tls) {
            headers.put("Strict-Transport-Security", HSTS);
        }
        return headers;
    }

    /** The policy, for PrimeFaces to read when it renders a page. */
    @Named("contentSecurity")
    @ApplicationScoped
    public static class Policy {

        public String getValue() {
            return POLICY;
        }
    }

    /** Lets a later policy (a page's, with its nonce) replace this filter's instead of being added to it. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
