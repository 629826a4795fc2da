package org.sitepass.devices.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.RequestRefused;
import org.sitepass.vendors.CertificateHolder;
import org.sitepass.vendors.CertificateWithdrawn;

/**
 * A sentry's life: pending until its client exists, heard, online while heard within three intervals, stopped and
 * restarted with its certificates, decommissioned for good once Keycloak has disabled its client.
 */
class DeviceTest {

    private static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");
    private static final Duration INTERVAL = Duration.ofSeconds(30);

    private final Device device = registered();

    private static Device registered() {
        Device device = new Device("SN-0001", 1, 2, NOW, "claim");
        device.clientCreated("claim", NOW, "sealed-token");
        return device;
    }

    @Test
    void aNewDeviceIsOfflineUntilHeard() {
        assertFalse(device.isOnline(Device.onlineCutoff(NOW, INTERVAL)));
        device.heard(NOW, "1.0.0", 60, 0, NOW);
        assertTrue(device.isOnline(Device.onlineCutoff(NOW, INTERVAL)));
    }

    @Test
    void threeMissedIntervalsMakeADeviceOffline() {
        device.heard(NOW, "1.0.0", 60, 0, NOW);
        assertEquals(NOW.minusSeconds(90), Device.onlineCutoff(NOW, INTERVAL));
        assertTrue(device.isOnline(Device.onlineCutoff(NOW.plusSeconds(90), INTERVAL)));
        assertFalse(device.isOnline(Device.onlineCutoff(NOW.plusSeconds(91), INTERVAL)));
    }

    @Test
    void clockDriftIsTheDevicesClockMinusOurs() {
        device.heard(NOW, "1.0.0", 60, 12, NOW.plusSeconds(5));
        assertEquals(5_000L, device.getClockDriftMs());
        device.heard(NOW, "1.0.0", 60, 12, NOW.minusMillis(250));
        assertEquals(-250L, device.getClockDriftMs());
        assertEquals(12, device.getQueueLength());
    }

    @Test
    void aTokenIssuedBeforeTheLastSecretIsRefused() {
        Instant rotated = NOW.plusMillis(61_700);
        device.credentialsRotated(rotated, device.getClientId(), "sealed-token");
        RequestRefused refused = assertThrows(RequestRefused.class,
                () -> device.refuseIfSuperseded(NOW.plusSeconds(60)));
        assertEquals(401, refused.status());
        assertEquals("urn:sitepass:problem:device-token-superseded", refused.type());
        assertEquals("devices.refused.tokenSuperseded", refused.detail().key());
        device.refuseIfSuperseded(NOW.plusSeconds(61));
        device.refuseIfSuperseded(NOW.plusSeconds(62));
    }

    @Test
    void tokensCountFromRegistrationAndADeviceRegisteredBeforeThatIsCheckedFromItsNextRotation() {
        assertThrows(RequestRefused.class, () -> device.refuseIfSuperseded(NOW.minusSeconds(1)));
        Device older = new Device("SN-0003", 1, 2, NOW, "claim");
        older.clientCreated("claim", null, "sealed-token");
        older.refuseIfSuperseded(Instant.EPOCH);
    }

    /** Issue 11: Keycloak's registration service may not touch a client another attempt left, so none is reused. */
    @Test
    void eachAttemptNamesAClientOfItsOwn() {
        assertNotEquals(Device.newClientId("SN-0002"), Device.newClientId("SN-0002"));
        assertTrue(Device.newClientId("SN-" + "9".repeat(38)).length() <= 64, "fits devices_device.client_id");
    }

    @Test
    void decommissioningForgetsTheRegistrationToken() {
        Device device = new Device("SN-0004", 1, 2, NOW, "claim");
        device.clientCreated("claim", NOW, "sealed-token");
        assertEquals("sealed-token", device.getSealedRegistrationToken());
        device.decommission(NOW);
        device.clientDisabled();
        assertNull(device.getSealedRegistrationToken());
    }

    @Test
    void aDeviceDecommissionedDuringARotationRefusesItsNewCredentials() {
        Device device = new Device("SN-0005", 1, 2, NOW, "claim");
        device.clientCreated("claim", NOW, "sealed-token");
        String client = device.getClientId();
        device.decommission(NOW);
        assertRefused("devices.refused.decommissioned",
                () -> device.credentialsRotated(NOW.plusSeconds(1), "sentry-sn-0005-00000000", "newer-token"));
        assertEquals(client, device.getClientId(), "the registry does not take the new client");
        assertEquals("sealed-token", device.getSealedRegistrationToken());
    }

    @Test
    void aDeviceIsHeardOnlyOnceItsClientExists() {
        Device pending = new Device("SN-0002", 1, 2, NOW, "first");
        assertEquals(DeviceStatus.PENDING_CLIENT, pending.getStatus());
        assertTrue(pending.getClientId().matches("sentry-sn-0002-[0-9a-f]{8}"), pending.getClientId());
        assertRefused("devices.refused.pendingClient", () -> pending.heard(NOW, "1.0.0", 1, 0, NOW));
        assertRefused("devices.refused.registrationInProgress",
                () -> pending.clientCreated("second", NOW, "sealed-token"));
        pending.clientCreated("first", NOW, "sealed-token");
        assertEquals(DeviceStatus.REGISTERED, pending.getStatus());
        assertRefused("devices.refused.clientExists", () -> pending.clientCreated("first", NOW, "sealed-token"));
    }

    @Test
    void aClaimGoesStaleOnceItsAttemptHasSurelyEnded() {
        assertEquals(NOW.minus(Duration.ofMinutes(2)), Device.claimsStaleBefore(NOW));
    }

    @Test
    void aDecommissionedDeviceIsHeardNoMore() {
        device.heard(NOW, "1.0.0", 60, 0, NOW);
        assertTrue(device.isInService());
        device.decommission(NOW);
        assertFalse(device.isInService());
        assertTrue(device.isDecommissionable(), "decommissioning it again disables its client");
        assertEquals(DeviceStatus.DECOMMISSIONING, device.getStatus());
        assertFalse(device.isOnline(Device.onlineCutoff(NOW, INTERVAL)));
        assertRefused("devices.refused.decommissioned", () -> device.heard(NOW, "1.0.0", 61, 0, NOW));
        assertThrows(RequestRefused.class, () -> device.decommission(NOW));
        device.clientDisabled();
        assertEquals(DeviceStatus.DECOMMISSIONED, device.getStatus());
        assertFalse(device.isDecommissionable());
        assertThrows(RequestRefused.class, device::clientDisabled);
        assertThrows(RequestRefused.class, () -> device.withdrawn(CertificateHolder.VENDOR, Withdrawal.REVOKED));
    }

    @Test
    void aWithdrawnCertificateStopsTheDeviceUntilReinstated() {
        device.heard(NOW, "1.0.0", 60, 0, NOW);
        device.withdrawn(CertificateHolder.VENDOR, Withdrawal.SUSPENDED);
        assertEquals(DeviceStatus.STOPPED, device.getStatus());
        assertEquals("VENDOR_SUSPENDED", device.stoppedBy());
        assertFalse(device.isOnline(Device.onlineCutoff(NOW, INTERVAL)), "a stopped device does not count as online");
        assertRefused("devices.refused.VENDOR_SUSPENDED", () -> device.heard(NOW, "1.0.0", 61, 0, NOW));
        device.reinstated(CertificateHolder.VENDOR);
        assertEquals(DeviceStatus.REGISTERED, device.getStatus());
        assertNull(device.stoppedBy());
        assertThrows(RequestRefused.class, () -> device.reinstated(CertificateHolder.VENDOR), "nothing to reinstate");
    }

    @Test
    void reinstatingOneCertificateLeavesTheDeviceStoppedByTheOther() {
        device.withdrawn(CertificateHolder.VENDOR, Withdrawal.SUSPENDED);
        device.withdrawn(CertificateHolder.MODEL, Withdrawal.EXPIRED);
        device.reinstated(CertificateHolder.VENDOR);
        assertEquals(DeviceStatus.STOPPED, device.getStatus());
        assertRefused("devices.refused.MODEL_EXPIRED", () -> device.heard(NOW, "1.0.0", 61, 0, NOW));
        assertThrows(RequestRefused.class, () -> device.reinstated(CertificateHolder.VENDOR));
    }

    @Test
    void aCertificateWithdrawnForACauseStopsTheDeviceForTheSameReason() {
        for (CertificateWithdrawn.Cause cause : CertificateWithdrawn.Cause.values()) {
            assertEquals(cause.name(), Withdrawal.of(cause).name());
        }
    }

    @Test
    void aLaterWithdrawalSaysWhyInstead() {
        device.withdrawn(CertificateHolder.VENDOR, Withdrawal.SUSPENDED);
        device.withdrawn(CertificateHolder.VENDOR, Withdrawal.REVOKED);
        assertEquals("VENDOR_REVOKED", device.stoppedBy());
    }

    @Test
    void aDeviceWithdrawnWhilePendingIsStoppedOnceItsClientExists() {
        Device pending = new Device("SN-0003", 1, 2, NOW, "claim");
        pending.withdrawn(CertificateHolder.MODEL, Withdrawal.REVOKED);
        assertEquals(DeviceStatus.PENDING_CLIENT, pending.getStatus());
        pending.clientCreated("claim", NOW, "sealed-token");
        assertEquals(DeviceStatus.STOPPED, pending.getStatus());
    }

    private static void assertRefused(String key, Runnable action) {
        RequestRefused refused = assertThrows(RequestRefused.class, action::run);
        assertEquals(key, refused.detail().key());
    }
}
