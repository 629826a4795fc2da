package org.sitepass.platform.boundary;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Checks a bearer access token of the realm: signed by one of its keys with an asymmetric algorithm (Keycloak signs
 * with RS256 by default; a realm may choose PS, ES or other RS variants), issued by the realm, meant for the API
 * (audience), and within its validity, give or take {@link #CLOCK_SKEW} between Keycloak's clock and this one. The
 * roles are the token's {@code groups}, as Keycloak's realm-role mapper writes them. Safe for concurrent use.
 * <p>
 * A sentry sends the same token with every check for an hour, and checking its RSA signature was the largest part of
 * a door check's CPU: a token that verified is known again by its text until it expires, as long as the realm
 * publishes the same keys (a withdrawn key withdraws what it signed at once). At most {@link #MOST_KEPT} are kept.
 */
final class AccessTokens {

    static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(
            JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512,
            JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512);

    /** Why a token was refused; for the log, never for the caller. */
    static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;

        Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** More than a city's sentries, each with a token of the hour; a few kilobytes each. */
    static final int MOST_KEPT = 10_000;

    private record Verified(BearerPrincipal caller, Instant until, Object keySet) {
    }

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final ConcurrentMap<String, Verified> verified = new ConcurrentHashMap<>();
    private final RealmKeys keys;
    private final Clock clock;
    private final int mostKept;

    /**
     * @param keys     the realm's keys
     * @param issuer   the realm as tokens name it ({@code iss})
     * @param audience the API's audience, one of the token's {@code aud}
     * @param clock    what decides whether a token has expired
     */
    AccessTokens(RealmKeys keys, String issuer, String audience, Clock clock) {
        this(keys, issuer, audience, clock, MOST_KEPT);
    }

    AccessTokens(RealmKeys keys, String issuer, String audience, Clock clock, int mostKept) {
        this.keys = keys;
        this.clock = clock;
        this.mostKept = mostKept;
        processor.setJWSKeySelector((header, context) ->
                ALGORITHMS.contains(header.getAlgorithm()) ? keys.selectJWSKeys(header, context) : List.of());
        // Nimbus' verifier calls contains(null) on these sets: immutable sets would throw.
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(audience,
                new JWTClaimsSet.Builder().issuer(issuer).claim("typ", "Bearer").build(),
                new HashSet<>(List.of("exp", "iat"))) {
            @Override
            protected Date currentTime() {
                return Date.from(clock.instant());
            }
        };
        claims.setMaxClockSkew((int) CLOCK_SKEW.toSeconds());
        processor.setJWTClaimsSetVerifier(claims);
    }

    BearerPrincipal verify(String token) throws Refused {
        Instant now = clock.instant();
        Object keySet = keys.version();
        Verified known = verified.get(token);
        if (known != null && now.isBefore(known.until) && known.keySet == keySet) {
            return known.caller;
        }
        BearerPrincipal caller = check(token);
        // Keys fetched meanwhile (the first fetch, a rotation, a withdrawal): known again once checked against them.
        if (keys.version() == keySet) {
            keep(token, new Verified(caller, Instant.ofEpochSecond(caller.getExpirationTime()).plus(CLOCK_SKEW),
                    keySet), now);
        }
        return caller;
    }

    private BearerPrincipal check(String token) throws Refused {
        try {
            JWTClaimsSet claims = processor.process(token, null);
            List<String> groups = claims.getStringListClaim("groups");
            return new BearerPrincipal(token, claims, groups == null ? Set.of() : new HashSet<>(groups));
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new Refused(e.getMessage(), e);
        }
    }

    /**
     * Full, it lets the expired go first, and all of them if that frees less than a quarter: bounded whatever is sent,
     * and a look through all of them happens at most once in a quarter of the room's fill.
     */
    private void keep(String token, Verified caller, Instant now) {
        if (verified.size() >= mostKept) {
            verified.values().removeIf(kept -> !now.isBefore(kept.until));
            if (verified.size() > mostKept * 3 / 4) {
                verified.clear();
            }
        }
        verified.put(token, caller);
    }
}
