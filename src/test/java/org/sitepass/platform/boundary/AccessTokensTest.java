package org.sitepass.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bearer tokens against a realm whose keys are made here: what passes, what is refused, when the keys are fetched. */
class AccessTokensTest {

    private static final String ISSUER = "http://localhost:8180/realms/sitepass";
    private static RSAKey realmKey;
    private static RSAKey rotatedKey;
    private static RSAKey foreignKey;

    private final List<Instant> fetches = new ArrayList<>();
    private Instant now = Instant.now();
    private JWKSet published;
    private RealmKeys keys;
    private AccessTokens tokens;

    @BeforeAll
    static void makeKeys() throws JOSEException {
        realmKey = new RSAKeyGenerator(2048).keyID("realm").generate();
        rotatedKey = new RSAKeyGenerator(2048).keyID("rotated").generate();
        foreignKey = new RSAKeyGenerator(2048).keyID("realm").generate();
    }

    @BeforeEach
    void realm() {
        published = new JWKSet(realmKey.toPublicJWK());
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        keys = new RealmKeys(() -> {
            fetches.add(now);
            return published.toString();
        }, clock);
        tokens = new AccessTokens(keys, ISSUER, "sitepass-api", clock);
    }

    @Test
    void aTokenOfTheRealmForTheApiNamesItsCaller() throws Exception {
        BearerPrincipal caller = tokens.verify(token(realmKey, claims -> claims));
        assertEquals("manager1", caller.getName());
        assertEquals(Set.of("VENUE_MANAGER"), caller.getGroups());
        assertEquals("sitepass-cli", caller.<Object>getClaim("azp"));
        assertEquals("310109", caller.<Object>getClaim("district"));
        assertEquals(Instant.now().getEpochSecond(), caller.getIssuedAtTime(), 5);
        assertEquals(Set.of("sitepass-api", "account"), caller.getAudience());
        assertEquals(ISSUER, caller.getIssuer());
    }

    @Test
    void theKeySetIsFetchedOnceForManyTokens() throws Exception {
        for (int i = 0; i < 5; i++) {
            tokens.verify(token(realmKey, claims -> claims));
        }
        assertEquals(1, fetches.size());
    }

    @Test
    void aTokenThatVerifiedIsKnownAgainUntilItExpires() throws Exception {
        keys.refresh();
        String token = token(realmKey, claims -> claims);
        BearerPrincipal first = tokens.verify(token);
        assertSame(first, tokens.verify(token), "known again, not verified again");
        now = Instant.ofEpochSecond(first.getExpirationTime()).plus(AccessTokens.CLOCK_SKEW).minusSeconds(1);
        assertSame(first, tokens.verify(token));
        now = now.plusSeconds(1);
        assertRefused(token);
    }

    @Test
    void noMoreTokensAreKeptThanTheBound() throws Exception {
        keys.refresh();
        AccessTokens bounded = new AccessTokens(keys, ISSUER, "sitepass-api", Clock.systemUTC(), 4);
        List<String> sent = new ArrayList<>();
        List<BearerPrincipal> callers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int device = i;
            sent.add(token(realmKey, claims -> claims.claim("azp", "sentry-" + device)));
            callers.add(bounded.verify(sent.get(i)));
        }
        assertSame(callers.get(4), bounded.verify(sent.get(4)), "the last one is kept");
        assertNotSame(callers.get(0), bounded.verify(sent.get(0)), "the first ones made room");
    }

    @Test
    void aTokenThatVerifiedIsRefusedOnceItsKeyIsWithdrawn() throws Exception {
        keys.refresh();
        String token = token(realmKey, claims -> claims);
        tokens.verify(token);
        published = new JWKSet(rotatedKey.toPublicJWK());
        keys.refresh();
        assertRefused(token);
    }

    @Test
    void theSameKeysFetchedAgainKeepWhatVerified() throws Exception {
        keys.refresh();
        String token = token(realmKey, claims -> claims);
        BearerPrincipal first = tokens.verify(token);
        keys.refresh();
        assertSame(first, tokens.verify(token));
    }

    @Test
    void anExpiredTokenIsRefusedBeyondTheClockSkew() throws Exception {
        Instant lately = Instant.now().minus(AccessTokens.CLOCK_SKEW).plusSeconds(10);
        tokens.verify(token(realmKey, claims -> claims.expirationTime(Date.from(lately))));
        Instant expired = Instant.now().minus(AccessTokens.CLOCK_SKEW).minusSeconds(10);
        assertRefused(token(realmKey, claims -> claims.expirationTime(Date.from(expired))));
    }

    @Test
    void aTokenNotYetValidIsRefused() {
        Instant later = Instant.now().plus(AccessTokens.CLOCK_SKEW).plusSeconds(60);
        assertRefused(token(realmKey, claims -> claims.notBeforeTime(Date.from(later))));
    }

    @Test
    void anotherIssuerIsRefused() {
        assertRefused(token(realmKey, claims -> claims.issuer("http://127.0.0.1:8180/realms/sitepass")));
    }

    @Test
    void anotherAudienceIsRefused() {
        assertRefused(token(realmKey, claims -> claims.audience("account")));
        assertRefused(token(realmKey, claims -> claims.audience((String) null)));
    }

    /** An ID token or a refresh token of the realm is not an access token, whatever audience it names. */
    @Test
    void aTokenOfAnotherTypeIsRefused() {
        assertRefused(token(realmKey, claims -> claims.claim("typ", "ID")));
        assertRefused(token(realmKey, claims -> claims.claim("typ", null)));
    }

    @Test
    void aTokenWithoutExpiryOrIssueTimeIsRefused() {
        assertRefused(token(realmKey, claims -> claims.expirationTime(null)));
        assertRefused(token(realmKey, claims -> claims.issueTime(null)));
    }

    @Test
    void aTamperedTokenIsRefused() {
        String[] parts = token(realmKey, claims -> claims).split("\\.");
        String auditor = token(realmKey, claims -> claims.claim("groups", List.of("AUDITOR"))).split("\\.")[1];
        assertRefused(parts[0] + "." + auditor + "." + parts[2]);
        assertRefused(parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 4) + "AAAA");
        assertRefused("not a token");
    }

    @Test
    void anotherKeyUnderTheRealmsKeyIdIsRefused() {
        assertRefused(token(foreignKey, claims -> claims));
    }

    @Test
    void aSharedSecretSignatureIsRefused() throws Exception {
        SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("realm").build(),
                claims(claims -> claims));
        hmac.sign(new MACSigner(realmKey.toRSAPublicKey().getEncoded()));
        assertRefused(hmac.serialize());
    }

    @Test
    void anUnknownKeyFetchesTheKeySetAgainAfterARotation() throws Exception {
        tokens.verify(token(realmKey, claims -> claims));
        published = new JWKSet(List.of(rotatedKey.toPublicJWK(), realmKey.toPublicJWK()));
        now = now.plusSeconds(60);
        assertEquals("manager1", tokens.verify(token(rotatedKey, claims -> claims)).getName());
        assertEquals(2, fetches.size());
    }

    @Test
    void unknownKeysFetchTheKeySetAtMostOnceInAPause() throws Exception {
        tokens.verify(token(realmKey, claims -> claims));
        assertRefused(token(rotatedKey, claims -> claims));
        published = new JWKSet(List.of(rotatedKey.toPublicJWK(), realmKey.toPublicJWK()));
        assertRefused(token(rotatedKey, claims -> claims));
        assertEquals(1, fetches.size(), "the first fetch was just now");
        now = now.plus(RealmKeys.UNKNOWN_KEY_PAUSE);
        tokens.verify(token(rotatedKey, claims -> claims));
        assertEquals(2, fetches.size());
    }

    /** Forged key ids while Keycloak is slow must not hold the http threads behind the fetch under way. */
    @Test
    void anUnknownKeyDoesNotWaitForASlowFetch() throws Exception {
        CountDownLatch fetching = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        RealmKeys slow = new RealmKeys(() -> {
            fetching.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new InterruptedIOException();
            }
            return published.toString();
        }, Clock.systemUTC());
        Thread scheduled = new Thread(() -> {
            try {
                slow.refresh();
            } catch (KeySourceException e) {
                throw new IllegalStateException(e);
            }
        });
        scheduled.start();
        try {
            fetching.await();
            AccessTokens waiting = new AccessTokens(slow, ISSUER, "sitepass-api", Clock.systemUTC());
            assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThrows(AccessTokens.Refused.class,
                    () -> waiting.verify(token(rotatedKey, claims -> claims))));
        } finally {
            release.countDown();
            scheduled.join();
        }
    }

    @Test
    void aRealmThatCannotBeReachedRefusesTokensAndRecovers() throws Exception {
        RealmKeys unreachable = new RealmKeys(() -> {
            throw new IOException("connection refused");
        }, Clock.systemUTC());
        assertThrows(AccessTokens.Refused.class,
                () -> new AccessTokens(unreachable, ISSUER, "sitepass-api", Clock.systemUTC()).verify(token(realmKey, c -> c)));
        tokens.verify(token(realmKey, claims -> claims));
    }

    private void assertRefused(String token) {
        assertThrows(AccessTokens.Refused.class, () -> tokens.verify(token));
    }

    private static String token(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> change) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                    .keyID(key.getKeyID()).build(), claims(change));
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As Keycloak writes a person's access token with the realm's mappers. */
    private static JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) {
        Instant issued = Instant.now();
        return change.apply(new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("b1f7d3c2-0000-4000-8000-000000000001")
                .audience(List.of("sitepass-api", "account"))
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(issued.plus(Duration.ofMinutes(5))))
                .claim("typ", "Bearer")
                .claim("azp", "sitepass-cli")
                .claim("upn", "manager1")
                .claim("preferred_username", "manager1")
                .claim("district", "310109")
                .claim("groups", List.of("VENUE_MANAGER"))).build();
    }
}
