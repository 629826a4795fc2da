package org.sitepass.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The {@link Caller} of the current request, whether it came with a bearer token (API) or a page session
 * (OpenID Connect, {@link PagePrincipal}). Modules inject this to scope what a caller may see, e.g. by district.
 * <p>
 * One instance for all requests, holding nothing of its own: made per request, its creation and injection (Payara
 * looks up the class's injection data under a lock) was a twentieth of a door check's CPU. What it works out for a
 * request stays with the request, as an attribute.
 */
@ApplicationScoped
public class CurrentCaller {

    /**
     * Set on a request whose bearer token carries roles its client may not carry: the request is refused, and its
     * refusal must not be written to the audit trail in the name the token claims.
     */
    public static final String UNTRUSTED_TOKEN = "org.sitepass.platform.untrustedToken";
    public static final String DISTRICT_CLAIM = "district";
    private static final String RESOLVED = Caller.class.getName();

    @Inject
    SecurityContext securityContext;

    @Inject
    HttpServletRequest request;

    public Caller get() {
        if (request.getAttribute(RESOLVED) instanceof Caller known) {
            return known;
        }
        Caller caller = resolve();
        request.setAttribute(RESOLVED, caller);
        return caller;
    }

    /**
     * A claim of the bearer token, for callers that are devices rather than people ({@code azp}); empty for page
     * sessions.
     */
    public Optional<String> tokenClaim(String name) {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal instanceof JsonWebToken token) {
            return Optional.ofNullable(token.<Object>getClaim(name)).map(Object::toString);
        }
        return Optional.empty();
    }

    /** When Keycloak issued the bearer token ({@code iat}), to the second; empty for page sessions. */
    public Optional<Instant> tokenIssuedAt() {
        if (securityContext.getCallerPrincipal() instanceof JsonWebToken token && token.getIssuedAtTime() > 0) {
            return Optional.of(Instant.ofEpochSecond(token.getIssuedAtTime()));
        }
        return Optional.empty();
    }

    /** The address the request came from, as the server sees it. */
    public String clientAddress() {
        return request.getRemoteAddr();
    }

    private Caller resolve() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null || request.getAttribute(UNTRUSTED_TOKEN) != null) {
            return Caller.anonymous();
        }
        Set<String> roles = Roles.PEOPLE.stream()
                .filter(securityContext::isCallerInRole)
                .collect(Collectors.toUnmodifiableSet());
        return new Caller(principal.getName(), roles, district(principal).orElse(null));
    }

    private Optional<String> district(Principal principal) {
        if (principal instanceof JsonWebToken token) {
            return Optional.ofNullable(token.<Object>getClaim(DISTRICT_CLAIM)).map(Object::toString);
        }
        return principal instanceof PagePrincipal person ? Optional.ofNullable(person.district()) : Optional.empty();
    }
}
