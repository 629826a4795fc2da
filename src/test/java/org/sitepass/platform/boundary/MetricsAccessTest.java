package org.sitepass.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.Principal;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class MetricsAccessTest {

    @Test
    void onlyATokenWithTheMetricsRolePasses() {
        assertEquals(401, MetricsAccess.statusFor(null));
        assertEquals(403, MetricsAccess.statusFor(() -> "resident1"), "a page login");
        assertEquals(403, MetricsAccess.statusFor(token(Set.of("AUDITOR", "OFFICER"))));
        assertEquals(403, MetricsAccess.statusFor(token(null)));
        assertEquals(200, MetricsAccess.statusFor(token(Set.of("METRICS"))));
    }

    private static Principal token(Set<String> groups) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "service-account-sitepass-metrics";
            }

            @Override
            public Set<String> getClaimNames() {
                return groups == null ? Set.of() : Set.of("groups");
            }

            @SuppressWarnings("unchecked")
            @Override
            public <T> T getClaim(String claimName) {
                return "groups".equals(claimName) ? (T) groups : null;
            }
        };
    }
}
