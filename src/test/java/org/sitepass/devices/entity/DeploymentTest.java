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

/**
 * A device's stay at a venue: proposed, decided once by the venue, suspended and reinstated with the venue's code,
 * ended by the vendor or by the code's revocation.
 */
class DeploymentTest {

    private static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");

    private final Deployment deployment = new Deployment(1, 2, "310109", "东门", NOW);

    @Test
    void acceptedThenEndedWhenTheVendorTakesItAway() {
        deployment.accept(NOW);
        assertEquals(DeploymentStatus.ACTIVE, deployment.getStatus());
        deployment.withdraw(EndCause.VENDOR, NOW.plusSeconds(60));
        assertEquals(DeploymentStatus.ENDED, deployment.getStatus());
        assertEquals(EndCause.VENDOR, deployment.getEndCause());
        assertEquals(NOW.plusSeconds(60), deployment.getEndedAt());
    }

    @Test
    void aProposalWithdrawnNeverStood() {
        deployment.withdraw(EndCause.VENDOR, NOW);
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
        assertThrows(RequestRefused.class, () -> deployment.withdraw(EndCause.VENDOR, NOW));
    }

    @Test
    void aSuspendedCodeSuspendsTheDeviceAtTheDoorUntilReinstated() {
        assertThrows(RequestRefused.class, deployment::suspend, "only a device at the door is suspended");
        deployment.accept(NOW);
        deployment.refuseIfSuspended();
        deployment.suspend();
        assertEquals(DeploymentStatus.SUSPENDED, deployment.getStatus());
        RequestRefused refused = assertThrows(RequestRefused.class, deployment::refuseIfSuspended);
        assertEquals("devices.refused.codeSuspended", refused.detail().key());
        assertThrows(RequestRefused.class, deployment::suspend);
        deployment.reinstate();
        assertEquals(DeploymentStatus.ACTIVE, deployment.getStatus());
        assertThrows(RequestRefused.class, deployment::reinstate);
    }

    @Test
    void aRevokedCodeEndsTheDeploymentWithTheDateAndWhy() {
        deployment.accept(NOW);
        deployment.suspend();
        deployment.withdraw(EndCause.CODE_REVOKED, NOW.plusSeconds(5));
        assertEquals(DeploymentStatus.ENDED, deployment.getStatus());
        assertEquals(EndCause.CODE_REVOKED, deployment.getEndCause());
        assertEquals(NOW.plusSeconds(5), deployment.getEndedAt());
        assertThrows(RequestRefused.class, deployment::reinstate);
    }

    @Test
    void proposedActiveAndSuspendedHoldTheDevice() {
        assertEquals(List.of(DeploymentStatus.PROPOSED, DeploymentStatus.ACTIVE, DeploymentStatus.SUSPENDED),
                Arrays.stream(DeploymentStatus.values()).filter(DeploymentStatus::isOpen).toList());
    }
}
