package org.sitepass.platform.boundary;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.security.enterprise.CallerPrincipal;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of a verified bearer token. It is a {@link JsonWebToken} with MicroProfile JWT's claim types (times in
 * epoch seconds, audience and groups as sets), so that whatever reads the caller's token ({@code CurrentCaller},
 * {@link TokenOrigins}, {@link MetricsAccess}) reads it as it read Payara's. Its name is the token's {@code upn},
 * else {@code preferred_username}, else {@code sub}, as in MicroProfile JWT.
 */
public final class BearerPrincipal extends CallerPrincipal implements JsonWebToken {

    private static final long serialVersionUID = 1L;

    private final String rawToken;
    private final JWTClaimsSet claims;
    private final Set<String> groups;

    BearerPrincipal(String rawToken, JWTClaimsSet claims, Set<String> groups) {
        super(nameOf(claims));
        this.rawToken = rawToken;
        this.claims = claims;
        this.groups = Set.copyOf(groups);
    }

    private static String nameOf(JWTClaimsSet claims) {
        for (String claim : List.of(Claims.upn.name(), Claims.preferred_username.name(), Claims.sub.name())) {
            Object value = claims.getClaim(claim);
            if (value instanceof String name && !name.isBlank()) {
                return name;
            }
        }
        return null;
    }

    @Override
    public Set<String> getClaimNames() {
        return claims.getClaims().keySet();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
        Object value;
        if (Claims.raw_token.name().equals(claimName)) {
            value = rawToken;
        } else if (Claims.groups.name().equals(claimName)) {
            value = groups;
        } else if (Claims.aud.name().equals(claimName)) {
            List<String> audience = claims.getAudience();
            value = audience.isEmpty() ? null : Set.copyOf(audience);
        } else {
            value = claims.getClaim(claimName);
            if (value instanceof Date time) {
                value = time.getTime() / 1000;
            }
        }
        return (T) value;
    }

    @Override
    public Set<String> getGroups() {
        return groups;
    }
}
