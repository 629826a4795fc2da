package org.sitepass.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.PagePrincipal;

/** How {@link PageLoginMechanism} treats each request, with Keycloak and the container played by fakes. */
class PageSessionCheckTest {

    private static final Instant LOGIN = Instant.parse("2026-12-04T08:00:00Z");

    private final FakeKeycloak keycloak = new FakeKeycloak();
    private final Map<String, Object> sessionAttributes = new HashMap<>();
    private final List<String> setCookies = new ArrayList<>();
    private boolean sessionInvalidated;
    private boolean sessionCreated;
    private Principal notifiedPrincipal;
    private Set<String> notifiedGroups;
    private String redirectedTo;

    @Test
    void anAnonymousRequestForAPageIsSentToKeycloakWithoutASession() {
        AuthenticationStatus status = mechanism(LOGIN).validateRequest(request("/index.xhtml", false), response(),
                context(true));
        assertEquals(AuthenticationStatus.SEND_CONTINUE, status);
        assertEquals("https://keycloak/auth", redirectedTo);
        assertFalse(sessionCreated, "no session for an anonymous caller");
        assertTrue(setCookies.stream().anyMatch(c -> c.startsWith(LoginCookie.NAME + "=")), setCookies.toString());
    }

    @Test
    void anAnonymousRequestForAnOpenPageIsLeftAlone() {
        AuthenticationStatus status = mechanism(LOGIN).validateRequest(request("/goodbye.xhtml", false), response(),
                context(false));
        assertEquals(AuthenticationStatus.NOT_DONE, status);
        assertFalse(sessionCreated);
        assertTrue(setCookies.isEmpty());
    }

    @Test
    void aFreshSessionNeedsNoCallToKeycloak() {
        loggedIn();
        AuthenticationStatus status = mechanism(LOGIN.plusSeconds(60)).validateRequest(request("/", true),
                response(), context(true));
        assertEquals(AuthenticationStatus.SUCCESS, status);
        assertEquals("officer1", notifiedPrincipal.getName());
        assertEquals(0, keycloak.refreshes);
    }

    @Test
    void anExpiredAccessTokenIsRefreshedAndBringsChangedRoles() {
        loggedIn();
        keycloak.groupsAfterRefresh = List.of("INSPECTOR");
        AuthenticationStatus status = mechanism(LOGIN.plusSeconds(400)).validateRequest(request("/", true),
                response(), context(true));
        assertEquals(AuthenticationStatus.SUCCESS, status);
        assertEquals(1, keycloak.refreshes);
        assertEquals(Set.of("INSPECTOR"), notifiedGroups);
        assertFalse(sessionInvalidated);
    }

    @Test
    void rolesMeantForDevicesOrServicesGrantNoPage() {
        loggedIn();
        keycloak.groupsAfterRefresh = List.of("INSPECTOR", "SENTRY", "METRICS", "offline_access");
        mechanism(LOGIN.plusSeconds(400)).validateRequest(request("/", true), response(), context(true));
        assertEquals(Set.of("INSPECTOR"), notifiedGroups);
    }

    @Test
    void aRefusedRefreshEndsTheSessionAndSendsToLogin() {
        loggedIn();
        keycloak.refuseRefresh = true;
        AuthenticationStatus status = mechanism(LOGIN.plusSeconds(400)).validateRequest(request("/", true),
                response(), context(true));
        assertTrue(sessionInvalidated, "the Keycloak session ended, so does the page session");
        assertEquals(AuthenticationStatus.SEND_CONTINUE, status);
        assertEquals("https://keycloak/auth", redirectedTo);
        assertEquals(null, notifiedPrincipal);
    }

    @Test
    void aSessionEndsAfterItsAbsoluteLifetime() {
        loggedIn();
        AuthenticationStatus status = mechanism(LOGIN.plus(Duration.ofHours(10))).validateRequest(
                request("/", true), response(), context(false));
        assertTrue(sessionInvalidated);
        assertEquals(AuthenticationStatus.NOT_DONE, status);
        assertEquals(null, notifiedPrincipal);
    }

    private void loggedIn() {
        sessionAttributes.put(PageLogin.ATTRIBUTE, new PageLogin("sid-1", LOGIN,
                new PagePrincipal("officer1", "310109"), Set.of("OFFICER"),
                new OidcTokens("id", "access", "refresh", LOGIN.plusSeconds(300))));
    }

    private PageLoginMechanism mechanism(Instant now) {
        PageLoginMechanism mechanism = new PageLoginMechanism();
        mechanism.provider = keycloak;
        mechanism.stateKeyBase64 = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
        mechanism.sessionMaxHours = 10;
        mechanism.sessionHost = Optional.empty();
        mechanism.clock = Clock.fixed(now, ZoneOffset.UTC);
        mechanism.readKey();
        return mechanism;
    }

    private HttpServletRequest request(String path, boolean withSession) {
        HttpSession session = (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpSession.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> sessionAttributes.get((String) args[0]);
                    case "invalidate" -> {
                        sessionInvalidated = true;
                        yield null;
                    }
                    default -> null;
                });
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getServletPath", "getRequestURI" -> path;
                    case "getContextPath" -> "";
                    case "getMethod" -> "GET";
                    case "getRequestURL" -> new StringBuffer("http://localhost:8081" + path);
                    case "isSecure" -> false;
                    case "getSession" -> {
                        boolean create = args != null && args.length == 1 && (Boolean) args[0];
                        sessionCreated |= create && !withSession;
                        yield withSession || create ? session : null;
                    }
                    default -> null;
                });
    }

    private HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if ("addHeader".equals(method.getName()) && "Set-Cookie".equals(args[0])) {
                        setCookies.add((String) args[1]);
                    }
                    return null;
                });
    }

    @SuppressWarnings("unchecked")
    private HttpMessageContext context(boolean protectedPage) {
        return (HttpMessageContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpMessageContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isProtected" -> protectedPage;
                    case "doNothing" -> AuthenticationStatus.NOT_DONE;
                    case "redirect" -> {
                        redirectedTo = (String) args[0];
                        yield AuthenticationStatus.SEND_CONTINUE;
                    }
                    case "notifyContainerAboutLogin" -> {
                        notifiedPrincipal = (Principal) args[0];
                        notifiedGroups = (Set<String>) args[1];
                        yield AuthenticationStatus.SUCCESS;
                    }
                    default -> null;
                });
    }

    /** Keycloak as far as the mechanism sees it: the login address, refreshes and their ID tokens. */
    private static final class FakeKeycloak extends OidcProvider {

        int refreshes;
        boolean refuseRefresh;
        List<String> groupsAfterRefresh = List.of("OFFICER");

        @Override
        String authorizationUrl(String redirectUri, LoginCookie login) {
            return "https://keycloak/auth";
        }

        @Override
        OidcTokens refresh(String refreshToken) throws OidcException {
            refreshes++;
            if (refuseRefresh) {
                throw new OidcException("the token endpoint answered 400");
            }
            return new OidcTokens("id2", "access2", "refresh2", Instant.parse("2026-12-04T09:00:00Z"));
        }

        @Override
        JWTClaimsSet verifyIdToken(String token, String nonce) {
            return new JWTClaimsSet.Builder().claim("sid", "sid-1").claim("preferred_username", "officer1")
                    .claim("district", "310109").claim("groups", groupsAfterRefresh).build();
        }
    }
}
