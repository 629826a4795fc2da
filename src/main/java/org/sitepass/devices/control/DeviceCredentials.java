package org.sitepass.devices.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sitepass.platform.Caller;

/**
 * Registering, rotating and decommissioning a device, in an explicit order because Keycloak is not in our
 * transactions: the registry commits first, then Keycloak is called with no transaction open and no row locked, then
 * the registry records that Keycloak did it. When Keycloak fails the device is left in a state that says what is
 * left to do (PENDING_CLIENT, DECOMMISSIONING) and the same request again finishes it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class DeviceCredentials {

    private static final Logger LOG = Logger.getLogger(DeviceCredentials.class.getName());

    @Inject
    DeviceRegistry registry;

    @Inject
    DeviceClients clients;

    @Inject
    @ConfigProperty(name = "sitepass.oidc.provider-uri")
    String realmUrl;

    /**
     * The Keycloak client, named by the serial (unique for good, unlike a row id), is made only once the device is
     * stored, so that a refused registration leaves nothing behind in Keycloak. If the registry cannot record the
     * client, the client is removed again: credentials nobody holds for a device that is not registered.
     */
    public IssuedCredentials register(Caller owner, DeviceForm form) {
        DeviceClient device = registry.pending(owner, form);
        String secret = inKeycloak(() -> clients.create(device.clientId(), device.deviceId()),
                "devices.keycloak.register");
        try {
            registry.clientCreated(device.deviceId());
        } catch (RuntimeException e) {
            try {
                clients.remove(device.clientId());
            } catch (RuntimeException cleanup) {
                LOG.log(Level.WARNING, "client of pending device {0} left for the next attempt: {1}",
                        new Object[] {device.deviceId(), cleanup.getClass().getName()});
            }
            throw e;
        }
        return new IssuedCredentials(device.deviceId(), device.clientId(), secret, tokenUrl());
    }

    /** Nothing is stored but the audit entry, written once Keycloak has answered. */
    public Optional<IssuedCredentials> rotate(Caller owner, long id) {
        return registry.rotatable(owner, id).map(device -> {
            String secret = inKeycloak(() -> clients.rotate(device.clientId()), "devices.keycloak.rotate");
            registry.audit("DEVICE_CREDENTIALS_ROTATED", id);
            return new IssuedCredentials(id, device.clientId(), secret, tokenUrl());
        });
    }

    /** The registry refuses the device at once; disabling its client in Keycloak follows, retried if it fails. */
    public Optional<DeviceView> decommission(Caller owner, long id) {
        return registry.retire(owner, id).map(device -> {
            inKeycloak(() -> {
                clients.disable(device.clientId());
                return null;
            }, "devices.keycloak.decommission");
            return registry.clientDisabled(id);
        });
    }

    private static <T> T inKeycloak(Supplier<T> call, String whatIsLeft) {
        try {
            return call.get();
        } catch (IllegalStateException e) {
            LOG.log(Level.WARNING, "Keycloak admin call failed: {0}", e.getMessage());
            throw new IdentityProviderUnavailable(whatIsLeft);
        }
    }

    private String tokenUrl() {
        return realmUrl + "/protocol/openid-connect/token";
    }
}
