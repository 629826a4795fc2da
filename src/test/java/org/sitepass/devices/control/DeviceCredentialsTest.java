package org.sitepass.devices.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitepass.devices.DevicesTexts;
import org.sitepass.devices.control.DeviceClients.Registration;
import org.sitepass.platform.Caller;
import org.sitepass.platform.RequestRefused;

/**
 * Keycloak unreachable (the real admin client pointed at a closed local port): each step fails with a clear refusal
 * and the registry is left in the state its retry finishes. Where Keycloak must have answered for the step under
 * test to be reached, it answers as told. That the retry converges once Keycloak answers, and that concurrent
 * registrations end with one working client, is shown against the real Keycloak in {@code DeviceCredentialsIT}.
 */
class DeviceCredentialsTest {

    private static final DeviceClient DEVICE =
            new DeviceClient(7, "SN-0007", "sentry-sn-0007-0a0b0c0d", "registration token");

    private final Steps steps = new Steps();
    private final DeviceCredentials credentials = new DeviceCredentials();

    DeviceCredentialsTest() throws IOException {
        credentials.registry = steps;
        credentials.clients = unreachable();
    }

    @Test
    void aRegistrationKeycloakMissedStaysPending() {
        IdentityProviderUnavailable refused = assertThrows(IdentityProviderUnavailable.class,
                () -> credentials.register(null, new DeviceForm()));
        assertEquals(503, refused.status());
        assertEquals("devices.keycloak.register", refused.detail().key());
        assertEquals(List.of("pending claim-1", "release 7 claim-1"), steps.done,
                "stored as pending, never marked registered, its claim given up for the retry");
    }

    @Test
    void aClientIsNotUndoneOnceAnotherAttemptRegisteredTheDevice() {
        List<String> removed = new ArrayList<>();
        credentials.clients = new DeviceClients() {
            @Override
            public Registration register(String clientId, long deviceId) {
                return new Registration(clientId, "secret", "registration token");
            }

            @Override
            public boolean remove(String clientId, String registrationToken) {
                removed.add(clientId);
                return true;
            }
        };
        steps.refuseClientCreated = true;
        assertThrows(IllegalStateException.class, () -> credentials.register(null, new DeviceForm()));
        assertEquals(List.of(), removed, "the client the registered device speaks as is kept");
        steps.stillClaimed = true;
        assertThrows(IllegalStateException.class, () -> credentials.register(null, new DeviceForm()));
        assertEquals(List.of(DEVICE.clientId()), removed, "a client nobody holds for a pending device is undone");
        assertEquals("release 7 claim-2", steps.done.get(steps.done.size() - 1));
    }

    @Test
    void aSerialStoredMeanwhileByAnotherRegistrationIsRefusedAsInProgress() {
        steps.storedMeanwhile = true;
        RequestRefused refused = assertThrows(RequestRefused.class, () -> credentials.register(null, new DeviceForm()));
        assertEquals(409, refused.status());
        assertEquals("devices.refused.registrationInProgress", refused.detail().key());
    }

    @Test
    void aRotationFailingAfterKeycloakAnsweredAsksToRotateAgain() {
        credentials.clients = new DeviceClients() {
            @Override
            public Optional<Registration> newSecret(String clientId, long deviceId, String registrationToken) {
                return Optional.of(new Registration(clientId, "new secret", "newer token"));
            }
        };
        steps.refuseRotated = true;
        IdentityProviderUnavailable refused = assertThrows(IdentityProviderUnavailable.class,
                () -> credentials.rotate(null, 7));
        assertEquals("devices.keycloak.rotate", refused.detail().key());
    }

    /**
     * Issue 11: a device without a registration token Keycloak accepts (registered before SitePass kept them, or its
     * newest token lost) gets a new client, and the registry then knows only the new one.
     */
    @Test
    void aDeviceWhoseTokenKeycloakRefusesGetsANewClientAtRotation() {
        List<String> registered = new ArrayList<>();
        credentials.clients = new DeviceClients() {
            @Override
            public Optional<Registration> newSecret(String clientId, long deviceId, String registrationToken) {
                return Optional.empty();
            }

            @Override
            public Registration register(String clientId, long deviceId) {
                registered.add(clientId);
                return new Registration(clientId, "secret of the new client", "its token");
            }
        };
        IssuedCredentials issued = credentials.rotate(null, 7).orElseThrow();
        assertEquals(1, registered.size());
        assertNotEquals(DEVICE.clientId(), issued.clientId());
        assertTrue(issued.clientId().startsWith("sentry-sn-0007-"), issued.clientId());
        assertEquals(List.of("rotatable 7", "credentialsRotated 7 " + issued.clientId() + " its token"), steps.done);
    }

    /** Issue 11 review: a rotation that ends after a decommission must not leave a client that carries SENTRY. */
    @Test
    void aRotationFindingTheDeviceDecommissionedDeletesTheClientItRenewed() {
        List<String> removed = new ArrayList<>();
        credentials.clients = new DeviceClients() {
            @Override
            public Optional<Registration> newSecret(String clientId, long deviceId, String registrationToken) {
                return Optional.of(new Registration(clientId, "new secret", "newer token"));
            }

            @Override
            public boolean remove(String clientId, String registrationToken) {
                removed.add(clientId + " " + registrationToken);
                return true;
            }
        };
        steps.decommissionedMeanwhile = true;
        RequestRefused refused = assertThrows(RequestRefused.class, () -> credentials.rotate(null, 7));
        assertEquals("devices.refused.decommissioned", refused.detail().key());
        assertEquals(List.of(DEVICE.clientId() + " newer token"), removed);
    }

    @Test
    void aRotationKeycloakMissedChangesNothing() {
        IdentityProviderUnavailable refused = assertThrows(IdentityProviderUnavailable.class,
                () -> credentials.rotate(null, 7));
        assertEquals("devices.keycloak.rotate", refused.detail().key());
        assertEquals(List.of("rotatable 7"), steps.done, "no rotation audited");
    }

    @Test
    void aDecommissioningKeycloakMissedLeavesTheClientToDisable() {
        IdentityProviderUnavailable refused = assertThrows(IdentityProviderUnavailable.class,
                () -> credentials.decommission(null, 7));
        assertEquals("devices.keycloak.decommission", refused.detail().key());
        assertEquals(List.of("retire 7"), steps.done, "refused in the registry, its client not yet marked disabled");
    }

    /** A device registered before SitePass kept registration tokens: nothing to ask Keycloak, the operator is told. */
    @Test
    void aDeviceWithoutRegistrationTokenIsDecommissionedWithoutKeycloak() {
        steps.retiring = new DeviceClient(7, "SN-0007", "sentry-sn-0007", null);
        credentials.decommission(null, 7);
        assertEquals(List.of("retire 7", "clientDisabled 7"), steps.done);
    }

    private static DeviceClients unreachable() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        DeviceClients clients = new DeviceClients();
        clients.realmUrl = "http://127.0.0.1:" + closed + "/realms/sitepass";
        clients.adminClientId = "sitepass-admin";
        clients.adminClientSecret = "unused";
        return clients;
    }

    /**
     * The registry's transactions, recorded in the order the credentials flow takes them. What is under test is that
     * order around a failing Keycloak, not what the transactions store: this keeps no data, and the transactions
     * themselves run against MariaDB in {@code DeviceCredentialsIT}.
     */
    private static final class Steps extends DeviceRegistry {

        final List<String> done = new ArrayList<>();
        final Map<String, String> claims = new HashMap<>();
        boolean refuseClientCreated;
        boolean stillClaimed;
        boolean storedMeanwhile;
        boolean refuseRotated;
        boolean decommissionedMeanwhile;
        DeviceClient retiring = DEVICE;

        @Override
        public DeviceClient pending(Caller owner, DeviceForm form, String claim) {
            if (storedMeanwhile) {
                throw new PersistenceException(new SQLIntegrityConstraintViolationException("devices_device_serial"));
            }
            claims.putIfAbsent(claim, "claim-" + (claims.size() + 1));
            done.add("pending " + claims.get(claim));
            return DEVICE;
        }

        @Override
        public void clientCreated(long id, String claim, Instant credentialsIssued, String registrationToken) {
            if (refuseClientCreated) {
                throw new IllegalStateException("registered meanwhile");
            }
            done.add("clientCreated " + id);
        }

        @Override
        public boolean claimedBy(long id, String claim) {
            return stillClaimed;
        }

        @Override
        public void release(long id, String claim) {
            done.add("release " + id + " " + claims.get(claim));
        }

        @Override
        public Optional<DeviceClient> rotatable(Caller owner, long id) {
            done.add("rotatable " + id);
            return Optional.of(DEVICE);
        }

        @Override
        public void credentialsRotated(long id, Instant at, String clientId, String registrationToken) {
            if (refuseRotated) {
                throw new IllegalStateException("audit trail unavailable");
            }
            if (decommissionedMeanwhile) {
                throw DevicesTexts.conflict("devices.refused.decommissioned");
            }
            done.add("credentialsRotated " + id + " " + clientId + " " + registrationToken);
        }

        @Override
        public Optional<DeviceClient> retire(Caller owner, long id) {
            done.add("retire " + id);
            return Optional.of(retiring);
        }

        @Override
        public DeviceView clientDisabled(long id) {
            done.add("clientDisabled " + id);
            return null;
        }
    }
}
