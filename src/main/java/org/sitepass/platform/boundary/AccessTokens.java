package org.sitepass.platform.boundary;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a bearer access token of the realm: signed by one of its keys with an asymmetric algorithm (Keycloak signs
 * with RS256 by default; a realm may choose PS, ES or other RS variants), issued by the realm, meant for the API
 * (audience), and within its validity, give or take {@link #CLOCK_SKEW} between Keycloak's clock and this one. The
 * roles are the token's {@code groups}, as Keycloak's realm-role mapper writes them. Safe for concurrent use.
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

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    /**
     * @param keys     the realm's keys
     * @param issuer   the realm as tokens name it ({@code iss})
     * @param audience the API's audience, one of the token's {@code aud}
     */
    AccessTokens(JWSKeySelector<SecurityContext> keys, String issuer, String audience) {
        processor.setJWSKeySelector((header, context) ->
                ALGORITHMS.contains(header.getAlgorithm()) ? keys.selectJWSKeys(header, context) : List.of());
        // Nimbus' verifier calls contains(null) on these sets: immutable sets would throw.
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(audience,
                new JWTClaimsSet.Builder().issuer(issuer).claim("typ", "Bearer").build(),
                new HashSet<>(List.of("exp", "iat")));
        claims.setMaxClockSkew((int) CLOCK_SKEW.toSeconds());
        processor.setJWTClaimsSetVerifier(claims);
    }

    BearerPrincipal verify(String token) throws Refused {
        try {
            JWTClaimsSet claims = processor.process(token, null);
            List<String> groups = claims.getStringListClaim("groups");
            return new BearerPrincipal(token, claims, groups == null ? Set.of() : new HashSet<>(groups));
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new Refused(e.getMessage(), e);
        }
    }
}
