package org.sitepass.devices.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.Caller;

/**
 * Keycloak unreachable (the real admin client pointed at a closed local port): each step fails with a clear refusal
 * and the registry is left in the state its retry finishes. That the retry converges once Keycloak answers is shown
 * against the real Keycloak in {@code DeviceCredentialsIT}.
 */
class DeviceCredentialsTest {

    private static final DeviceClient DEVICE = new DeviceClient(7, "sentry-sn-0007");

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
        assertEquals(List.of("pending"), steps.done, "stored as pending, never marked registered");
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

        @Override
        public DeviceClient pending(Caller owner, DeviceForm form) {
            done.add("pending");
            return DEVICE;
        }

        @Override
        public void clientCreated(long id) {
            done.add("clientCreated " + id);
        }

        @Override
        public Optional<DeviceClient> rotatable(Caller owner, long id) {
            done.add("rotatable " + id);
            return Optional.of(DEVICE);
        }

        @Override
        public void audit(String action, long id) {
            done.add(action + " " + id);
        }

        @Override
        public Optional<DeviceClient> retire(Caller owner, long id) {
            done.add("retire " + id);
            return Optional.of(DEVICE);
        }

        @Override
        public DeviceView clientDisabled(long id) {
            done.add("clientDisabled " + id);
            return null;
        }
    }
}
