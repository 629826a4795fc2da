package org.sitepass.platform.boundary;

import java.io.Serializable;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.sitepass.platform.PagePrincipal;

/**
 * A page session's login, kept in the HTTP session from the callback on: the person and roles of the latest ID
 * token, the tokens to refresh them with, Keycloak's session id ({@code sid}, for back-channel logout) and the
 * token that the logout form must carry.
 */
final class PageLogin implements Serializable {

    static final String ATTRIBUTE = PageLogin.class.getName();
    /** Refreshed a little early, so that a token never expires between the check and its use. */
    private static final Duration EARLY = Duration.ofSeconds(10);
    private static final long serialVersionUID = 1L;

    private final String keycloakSession;
    private final Instant loggedInAt;
    private final String logoutToken = LoginCookie.random();
    private PagePrincipal principal;
    private Set<String> groups;
    private OidcTokens tokens;

    PageLogin(String keycloakSession, Instant loggedInAt, PagePrincipal principal, Set<String> groups,
              OidcTokens tokens) {
        this.keycloakSession = keycloakSession;
        this.loggedInAt = loggedInAt;
        this.principal = principal;
        this.groups = Set.copyOf(groups);
        this.tokens = tokens;
    }

    String keycloakSession() {
        return keycloakSession;
    }

    synchronized PagePrincipal principal() {
        return principal;
    }

    synchronized Set<String> groups() {
        return groups;
    }

    synchronized OidcTokens tokens() {
        return tokens;
    }

    String logoutToken() {
        return logoutToken;
    }

    boolean outlived(Duration maxLifetime, Instant now) {
        return !now.isBefore(loggedInAt.plus(maxLifetime));
    }

    synchronized boolean needsRefresh(Instant now) {
        return !now.isBefore(tokens.accessExpires().minus(EARLY));
    }

    /** After a refresh: roles or district changed in Keycloak reach the open session here. */
    synchronized void refreshed(PagePrincipal principal, Set<String> groups, OidcTokens tokens) {
        this.principal = principal;
        this.groups = Set.copyOf(groups);
        this.tokens = tokens;
    }

    /** Whether a logout form carried this session's token (compared in constant time). */
    boolean logoutTokenMatches(String candidate) {
        return candidate != null && MessageDigest.isEqual(logoutToken.getBytes(StandardCharsets.UTF_8),
                candidate.getBytes(StandardCharsets.UTF_8));
    }
}
