package org.sitepass.platform.boundary;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.platform.PagePrincipal;
import org.sitepass.platform.Roles;

/**
 * The page login: OpenID Connect authorization code flow with PKCE (S256) against Keycloak.
 * <ul>
 * <li>An anonymous request for a protected page is sent to Keycloak; state, nonce, PKCE verifier and the page to
 * return to travel in the signed, short-lived {@link LoginCookie}, so no HTTP session is created for it.</li>
 * <li>The callback checks the cookie and the state, exchanges the code, verifies the ID token (signature, issuer,
 * audience, nonce, expiry) and only then creates the session, with the tokens in it.</li>
 * <li>Each later request of the session is checked: past its absolute lifetime, or once its access token has
 * expired and Keycloak refuses to refresh it (session ended, user disabled), the session ends and a protected page
 * sends the browser to log in again. A refresh brings changed roles and district into the session.</li>
 * </ul>
 * It is not itself a bean of the mechanism type: {@link RoutingAuthenticationMechanism} hands it the page requests.
 */
@ApplicationScoped
@Typed(PageLoginMechanism.class)
public class PageLoginMechanism implements HttpAuthenticationMechanism {

    static final String CALLBACK = "/callback";
    /** The request attribute through which the callback tells {@link CallbackServlet} where to go. */
    static final String RETURN_PATH = PageLoginMechanism.class.getName() + ".returnPath";
    static final Duration LOGIN_TIME = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(PageLoginMechanism.class.getName());

    @Inject
    OidcProvider provider;

    @Inject
    @ConfigProperty(name = "sitepass.oidc.state-key")
    String stateKeyBase64;

    @Inject
    @ConfigProperty(name = "sitepass.oidc.session-max-hours", defaultValue = "10")
    int sessionMaxHours;

    /**
     * How Keycloak reaches this instance ({@code host:port}) when the realm's back-channel logout URL is
     * {@code http://${application.session.host}/backchannel-logout}: with several instances, each names itself so
     * that the logout reaches the one holding the session. Unset: {@code localhost} and this instance's port.
     */
    @Inject
    @ConfigProperty(name = "sitepass.oidc.session-host")
    Optional<String> sessionHost;

    Clock clock = Clock.systemUTC();
    private byte[] stateKey;

    @PostConstruct
    void readKey() {
        stateKey = Base64.getDecoder().decode(stateKeyBase64.strip());
        if (stateKey.length < 32) {
            throw new IllegalStateException("SITEPASS_OIDC_STATE_KEY must hold at least 32 bytes (base64)");
        }
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (CALLBACK.equals(request.getServletPath())) {
            return callback(request, response, context);
        }
        Optional<PageLogin> login = current(request);
        if (login.isPresent()) {
            return context.notifyContainerAboutLogin(login.get().principal(), login.get().groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return startLogin(request, response, context, returnPath(request));
    }

    /** The page session's login, refreshed if its access token expired; empty (and the session ended) if over. */
    private Optional<PageLogin> current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        PageLogin login;
        try {
            login = (PageLogin) session.getAttribute(PageLogin.ATTRIBUTE);
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
        if (login == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (login.outlived(Duration.ofHours(sessionMaxHours), now) || !refreshedIfDue(login, now)) {
            end(session);
            return Optional.empty();
        }
        return Optional.of(login);
    }

    private boolean refreshedIfDue(PageLogin login, Instant now) {
        synchronized (login) {
            if (!login.needsRefresh(now)) {
                return true;
            }
            try {
                OidcTokens tokens = provider.refresh(login.tokens().refreshToken());
                JWTClaimsSet claims = provider.verifyIdToken(tokens.idToken(), null);
                if (!login.keycloakSession().equals(claims.getStringClaim("sid"))) {
                    throw new OidcException("the refreshed ID token belongs to another Keycloak session");
                }
                login.refreshed(principal(claims), personRoles(claims), tokens);
                return true;
            } catch (OidcException | ParseException e) {
                LOG.log(Level.INFO, "A page session ends: its tokens could not be refreshed ({0})", e.getMessage());
                return false;
            }
        }
    }

    private static void end(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalidated) {
            // another request of the same session ended it first
        }
    }

    private AuthenticationStatus startLogin(HttpServletRequest request, HttpServletResponse response,
                                            HttpMessageContext context, String returnPath) {
        LoginCookie login = LoginCookie.start(returnPath, clock.instant().plus(LOGIN_TIME));
        try {
            String url = provider.authorizationUrl(redirectUri(request), login);
            response.addHeader("Set-Cookie", cookie(request, login.seal(stateKey), LOGIN_TIME));
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                return ajaxRedirect(response, url);
            }
            return context.redirect(url);
        } catch (OidcException e) {
            LOG.log(Level.WARNING, "Cannot send the browser to log in: {0}", e.getMessage());
            return failed(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    /** A Faces Ajax request follows only a redirect written as a partial response. */
    private static AuthenticationStatus ajaxRedirect(HttpServletResponse response, String url) {
        try {
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private AuthenticationStatus callback(HttpServletRequest request, HttpServletResponse response,
                                          HttpMessageContext context) {
        Optional<LoginCookie> started = readCookie(request);
        String state = request.getParameter("state");
        if (started.isEmpty() || !started.get().state().equals(state)) {
            // Too slow at Keycloak, a second tab that started its own login, or a forged callback: start again.
            // Keycloak's single sign-on lets a person who did log in through without a second form.
            return startLogin(request, response, context, started.map(LoginCookie::returnPath)
                    .orElse(request.getContextPath() + "/"));
        }
        response.addHeader("Set-Cookie", cookie(request, "", Duration.ZERO));
        String code = request.getParameter("code");
        if (code == null) {
            LOG.log(Level.INFO, "Keycloak ended a login with {0}",
                    String.valueOf(request.getParameter("error")).replaceAll("\\P{Print}", "?"));
            return failed(response, HttpServletResponse.SC_BAD_REQUEST);
        }
        try {
            OidcTokens tokens = provider.exchange(code, started.get().verifier(), redirectUri(request),
                    sessionHost.orElse("localhost:" + request.getLocalPort()));
            JWTClaimsSet claims = provider.verifyIdToken(tokens.idToken(), started.get().nonce());
            String keycloakSession = claims.getStringClaim("sid");
            if (keycloakSession == null) {
                throw new OidcException("the ID token carries no session id");
            }
            PageLogin login = new PageLogin(keycloakSession, clock.instant(), principal(claims),
                    personRoles(claims), tokens);
            HttpSession earlier = request.getSession(false);
            if (earlier != null) {
                end(earlier);
            }
            request.getSession(true).setAttribute(PageLogin.ATTRIBUTE, login);
            request.setAttribute(RETURN_PATH, started.get().returnPath());
            return context.notifyContainerAboutLogin(login.principal(), login.groups());
        } catch (OidcException | ParseException e) {
            LOG.log(Level.WARNING, "A login was refused: {0}", e.getMessage());
            return failed(response, HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    private static AuthenticationStatus failed(HttpServletResponse response, int status) {
        try {
            response.sendError(status);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** Pages are for people: a role meant for devices or services in a person's token grants no page. */
    private static Set<String> personRoles(JWTClaimsSet claims) throws OidcException {
        Set<String> roles = new HashSet<>(OidcProvider.stringSet(claims, "groups"));
        roles.retainAll(Roles.PEOPLE);
        return Set.copyOf(roles);
    }

    private static PagePrincipal principal(JWTClaimsSet claims) throws ParseException {
        return new PagePrincipal(claims.getStringClaim("preferred_username"),
                claims.getStringClaim(CurrentCaller.DISTRICT_CLAIM));
    }

    private Optional<LoginCookie> readCookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie cookie : request.getCookies()) {
            if (LoginCookie.NAME.equals(cookie.getName())) {
                Optional<LoginCookie> login = LoginCookie.open(cookie.getValue(), stateKey, clock.instant());
                if (login.isPresent()) {
                    return login;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The login cookie goes only to the callback. SameSite=Lax still sends it there: Keycloak's redirect back is a
     * top-level GET. Written by hand because the container does not send cookie attributes it does not know.
     */
    private static String cookie(HttpServletRequest request, String value, Duration maxAge) {
        return LoginCookie.NAME + "=" + value + "; Path=" + request.getContextPath() + CALLBACK
                + "; Max-Age=" + maxAge.toSeconds() + "; HttpOnly; SameSite=Lax"
                + (request.isSecure() ? "; Secure" : "");
    }

    static String redirectUri(HttpServletRequest request) {
        return baseUrl(request) + CALLBACK;
    }

    static String baseUrl(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }

    /**
     * Where to come back after the login: the page asked for, query included, if it was a GET (a form post cannot
     * be replayed); always a path of this application.
     */
    static String returnPath(HttpServletRequest request) {
        String home = request.getContextPath() + "/";
        if (!"GET".equals(request.getMethod())) {
            return home;
        }
        String query = request.getQueryString();
        String path = request.getRequestURI() + (query == null ? "" : "?" + query);
        return LanguageServlet.safeReturn(request.getContextPath(), path);
    }
}
