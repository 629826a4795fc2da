package org.sitepass.devices.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.RequestRefused;

/** A device's stay at a venue: proposed, decided once by the venue, ended by the vendor. */
class DeploymentTest {

    private static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");

    private final Deployment deployment = new Deployment(1, 2, "310109", "东门", NOW);

    @Test
    void acceptedThenEndedWhenTheVendorTakesItAway() {
        deployment.accept(NOW);
        assertEquals(DeploymentStatus.ACTIVE, deployment.getStatus());
        deployment.withdraw(NOW.plusSeconds(60));
        assertEquals(DeploymentStatus.ENDED, deployment.getStatus());
        assertEquals(NOW.plusSeconds(60), deployment.getEndedAt());
    }

    @Test
    void aProposalWithdrawnNeverStood() {
        deployment.withdraw(NOW);
        assertEquals(DeploymentStatus.WITHDRAWN, deployment.getStatus());
        assertThrows(RequestRefused.class, () -> deployment.accept(NOW));
    }

    @Test
    void theVenueDecidesOnce() {
        assertTrue(deployment.awaitsVenue());
        deployment.decline("入口不需要", NOW);
        assertFalse(deployment.awaitsVenue());
        assertEquals("入口不需要", deployment.getReason());
        assertThrows(RequestRefused.class, () -> deployment.accept(NOW));
        assertThrows(RequestRefused.class, () -> deployment.withdraw(NOW));
    }

    @Test
    void onlyProposedAndActiveAreOpen() {
        assertEquals(List.of(DeploymentStatus.PROPOSED, DeploymentStatus.ACTIVE),
                Arrays.stream(DeploymentStatus.values()).filter(DeploymentStatus::isOpen).toList());
    }
}
