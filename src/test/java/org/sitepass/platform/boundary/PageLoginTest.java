package org.sitepass.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.PagePrincipal;

class PageLoginTest {

    private static final Instant LOGIN = Instant.parse("2026-12-04T08:00:00Z");

    private static PageLogin login() {
        return new PageLogin("sid", LOGIN, new PagePrincipal("officer1", "310109"), Set.of("OFFICER"),
                new OidcTokens("id", "access", "refresh", LOGIN.plusSeconds(300)));
    }

    @Test
    void endsAfterItsAbsoluteLifetimeWhateverTheRefreshes() {
        PageLogin login = login();
        login.refreshed(login.principal(), login.groups(),
                new OidcTokens("id", "access", "refresh", LOGIN.plus(Duration.ofHours(11))));
        assertFalse(login.outlived(Duration.ofHours(10), LOGIN.plus(Duration.ofHours(10)).minusSeconds(1)));
        assertTrue(login.outlived(Duration.ofHours(10), LOGIN.plus(Duration.ofHours(10))));
    }

    @Test
    void refreshesShortlyBeforeTheAccessTokenExpires() {
        PageLogin login = login();
        assertFalse(login.needsRefresh(LOGIN.plusSeconds(280)));
        assertTrue(login.needsRefresh(LOGIN.plusSeconds(290)));
        assertTrue(login.needsRefresh(LOGIN.plusSeconds(600)));
    }

    @Test
    void aRefreshBringsChangedRolesAndDistrict() {
        PageLogin login = login();
        login.refreshed(new PagePrincipal("officer1", "310115"), Set.of("INSPECTOR"),
                new OidcTokens("id2", "access2", "refresh2", LOGIN.plusSeconds(600)));
        assertEquals("310115", login.principal().district());
        assertEquals(Set.of("INSPECTOR"), login.groups());
        assertEquals("refresh2", login.tokens().refreshToken());
    }

    @Test
    void logoutNeedsThisSessionsToken() {
        PageLogin login = login();
        assertTrue(login.logoutTokenMatches(login.logoutToken()));
        assertFalse(login.logoutTokenMatches(null));
        assertFalse(login.logoutTokenMatches(""));
        assertFalse(login.logoutTokenMatches(login().logoutToken()), "another session's token");
        assertNotEquals(login.logoutToken(), login().logoutToken());
    }
}
