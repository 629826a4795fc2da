package org.sitepass.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginCookieTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final LoginCookie LOGIN = new LoginCookie("state", "nonce", "verifier",
            "/sites/venues/list.xhtml?x=1", NOW.plusSeconds(600));

    @Test
    void opensWhatItSealed() {
        assertEquals(Optional.of(LOGIN), LoginCookie.open(LOGIN.seal(KEY), KEY, NOW));
    }

    @Test
    void freshLoginsDifferInStateNonceAndVerifier() {
        LoginCookie one = LoginCookie.start("/", NOW);
        LoginCookie two = LoginCookie.start("/", NOW);
        assertNotEquals(one.state(), two.state());
        assertNotEquals(one.nonce(), two.nonce());
        assertNotEquals(one.verifier(), two.verifier());
        assertTrue(one.verifier().length() >= 43, "RFC 7636 wants 43 to 128 characters");
    }

    @Test
    void refusesAnAlteredField() {
        String sealed = LOGIN.seal(KEY);
        String[] parts = sealed.split("\\.");
        parts[3] = Base64.getUrlEncoder().withoutPadding().encodeToString("https://evil.example/".getBytes(
                StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), LoginCookie.open(String.join(".", parts), KEY, NOW));
        parts = sealed.split("\\.");
        parts[4] = Long.toString(NOW.plusSeconds(86_400).getEpochSecond());
        assertEquals(Optional.empty(), LoginCookie.open(String.join(".", parts), KEY, NOW), "a later expiry");
    }

    @Test
    void refusesAnAlteredOrForeignSignature() {
        String sealed = LOGIN.seal(KEY);
        char last = sealed.charAt(sealed.length() - 2);
        String altered = sealed.substring(0, sealed.length() - 2) + (last == 'A' ? 'B' : 'A')
                + sealed.charAt(sealed.length() - 1);
        assertEquals(Optional.empty(), LoginCookie.open(altered, KEY, NOW));
        byte[] otherKey = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
        assertEquals(Optional.empty(), LoginCookie.open(LOGIN.seal(otherKey), KEY, NOW));
    }

    @Test
    void refusesAnExpiredLogin() {
        String sealed = LOGIN.seal(KEY);
        assertEquals(Optional.empty(), LoginCookie.open(sealed, KEY, LOGIN.expires()));
        assertEquals(Optional.empty(), LoginCookie.open(sealed, KEY, LOGIN.expires().plusSeconds(1)));
        assertTrue(LoginCookie.open(sealed, KEY, LOGIN.expires().minusSeconds(1)).isPresent());
    }

    @Test
    void refusesGarbage() {
        for (String value : new String[] {null, "", ".", "a.b.c", "a.b.c.d.e.f", "!!.!!.!!.!!.1.!!", "....."}) {
            assertEquals(Optional.empty(), LoginCookie.open(value, KEY, NOW), String.valueOf(value));
        }
    }
}
