package org.sitepass.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.control.RoleSources.Verdict;

class RoleSourcesTest {

    private final RoleSources sources = RoleSources.of(" sitepass-web, sitepass-cli ,",
            "METRICS=sitepass-metrics, HEALTH_FEED=sitepass-health-feed");

    @Test
    void personRolesOnlyFromTheClientsThatLogPeopleIn() {
        assertEquals(Verdict.TRUSTED, sources.judge("sitepass-web", List.of("OFFICER", "AUDITOR")));
        assertEquals(Verdict.TRUSTED, sources.judge("sitepass-cli", List.of("RESIDENT")));
        assertEquals(Verdict.REFUSED, sources.judge("minted", List.of("OFFICER", "AUDITOR")));
        assertEquals(Verdict.REFUSED, sources.judge("device-abc", List.of("SENTRY", "AUDITOR")));
        assertEquals(Verdict.REFUSED, sources.judge("sitepass-metrics", List.of("METRICS", "OFFICER")));
    }

    @Test
    void aPersonClientCarriesNeitherSentryNorAServiceRole() {
        assertEquals(Verdict.REFUSED, sources.judge("sitepass-web", List.of("RESIDENT", "SENTRY")));
        assertEquals(Verdict.REFUSED, sources.judge("sitepass-cli", List.of("METRICS")));
    }

    @Test
    void eachServiceRoleOnlyFromItsOwnClient() {
        assertEquals(Verdict.TRUSTED, sources.judge("sitepass-metrics", List.of("METRICS")));
        assertEquals(Verdict.REFUSED, sources.judge("minted", List.of("METRICS")));
        assertEquals(Verdict.REFUSED, sources.judge("sitepass-metrics", List.of("SENTRY")));
        assertEquals(Verdict.TRUSTED, sources.judge("sitepass-health-feed", List.of("HEALTH_FEED")));
        assertEquals(Verdict.REFUSED, sources.judge("minted", List.of("HEALTH_FEED")));
        assertEquals(Verdict.REFUSED, sources.judge("sitepass-cli", List.of("RESIDENT", "HEALTH_FEED")));
        assertEquals(Verdict.REFUSED, sources.judge("sitepass-metrics", List.of("HEALTH_FEED")));
        assertEquals(Verdict.REFUSED, sources.judge("sitepass-health-feed", List.of("HEALTH_FEED", "METRICS")));
    }

    @Test
    void aServiceRoleNoClientIsConfiguredForComesFromNone() {
        RoleSources metricsOnly = RoleSources.of("sitepass-web", "METRICS=sitepass-metrics");
        assertEquals(Verdict.REFUSED, metricsOnly.judge("sitepass-web", List.of("OFFICER", "HEALTH_FEED")));
        assertEquals(Verdict.REFUSED, metricsOnly.judge("sitepass-health-feed", List.of("HEALTH_FEED")));
    }

    @Test
    void anyOtherClientIsADeviceOnlyWhenItCarriesSentryAlone() {
        assertEquals(Verdict.DEVICE, sources.judge("device-abc", List.of("SENTRY")));
        assertEquals(Verdict.DEVICE, sources.judge("device-abc", List.of("SENTRY", "offline_access",
                "default-roles-sitepass")));
        assertEquals(Verdict.REFUSED, sources.judge("device-abc", Set.of()));
        assertEquals(Verdict.REFUSED, sources.judge("minted", List.of("uma_authorization")));
    }

    @Test
    void aTokenWithoutAClientIsRefused() {
        assertEquals(Verdict.REFUSED, sources.judge(null, List.of("RESIDENT")));
        assertEquals(Verdict.REFUSED, sources.judge(" ", List.of("SENTRY")));
    }

    @Test
    void personClientsDefaultToNoneAndAServiceEntryMustNameItsClient() {
        assertEquals(Verdict.REFUSED, RoleSources.of(null, null).judge("sitepass-web", List.of("SENTRY", "OFFICER")));
        assertThrows(IllegalArgumentException.class, () -> RoleSources.of("sitepass-web", "METRICS"));
        assertThrows(IllegalArgumentException.class, () -> RoleSources.of("sitepass-web", "METRICS="));
    }
}
