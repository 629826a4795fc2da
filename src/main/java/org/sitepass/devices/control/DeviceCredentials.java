package org.sitepass.devices.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Instant;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sitepass.devices.DevicesTexts;
import org.sitepass.devices.control.DeviceClients.Registration;
import org.sitepass.devices.entity.Device;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.RequestRefused;

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
     * The Keycloak client, named by the serial and this attempt (see {@link Device#newClientId}), is made only once the
     * device is stored and claimed by this attempt, so that a refused registration leaves nothing behind in Keycloak
     * and no two attempts work on one client. If the registry cannot record the client, the client is removed again,
     * but only while the device still waits for it under this attempt's claim: never the client of a registered
     * device. A client Keycloak made but whose answer never arrived stays there unused: nobody got its secret, the
     * registry does not know its id, and the next attempt makes another.
     */
    public IssuedCredentials register(Caller owner, DeviceForm form) {
        String claim = UUID.randomUUID().toString();
        DeviceClient device = claim(owner, form, claim);
        Instant issued = CityTime.now();
        Registration made;
        try {
            made = inKeycloak(() -> clients.register(device.clientId(), device.deviceId()),
                    "devices.keycloak.register");
        } catch (IdentityProviderUnavailable e) {
            release(device, claim);
            throw e;
        }
        try {
            registry.clientCreated(device.deviceId(), claim, issued, made.registrationToken());
        } catch (RuntimeException e) {
            undo(device, claim, made);
            throw e;
        }
        return new IssuedCredentials(device.deviceId(), device.clientId(), made.secret(), tokenUrl());
    }

    /** Two first registrations of one serial at once both find nothing; the one that stores second was too late. */
    private DeviceClient claim(Caller owner, DeviceForm form, String claim) {
        try {
            return registry.pending(owner, form, claim);
        } catch (RuntimeException e) {
            if (serialStoredMeanwhile(e)) {
                throw DevicesTexts.conflict("devices.refused.registrationInProgress");
            }
            throw e;
        }
    }

    static boolean serialStoredMeanwhile(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException
                    || cause instanceof SQLException sql && String.valueOf(sql.getSQLState()).startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    private void undo(DeviceClient device, String claim, Registration made) {
        try {
            if (registry.claimedBy(device.deviceId(), claim)) {
                clients.remove(made.clientId(), made.registrationToken());
                registry.release(device.deviceId(), claim);
            }
        } catch (RuntimeException cleanup) {
            LOG.log(Level.WARNING, "client of pending device {0} left for the next attempt: {1}",
                    new Object[] {device.deviceId(), cleanup.getClass().getName()});
        }
    }

    /** Registering again, as the refusal asks, need not wait for this claim to go stale. */
    private void release(DeviceClient device, String claim) {
        try {
            registry.release(device.deviceId(), claim);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "claim on pending device {0} left to go stale: {1}",
                    new Object[] {device.deviceId(), e.getClass().getName()});
        }
    }

    /**
     * Once Keycloak has answered, the registry records from when the device's tokens count (the instant before
     * Keycloak was asked, so that no token of the new secret is older) and audits it. From the moment Keycloak is
     * asked, the old secret may be dead: whatever fails from then on asks for another rotation, which is always safe.
     */
    public Optional<IssuedCredentials> rotate(Caller owner, long id) {
        return registry.rotatable(owner, id).map(device -> {
            Instant issued = CityTime.now();
            Registration renewed = inKeycloak(() -> renew(device), "devices.keycloak.rotate");
            try {
                registry.credentialsRotated(id, issued, renewed.clientId(), renewed.registrationToken());
            } catch (RequestRefused decommissioned) {
                removeRetired(id, renewed);
                throw decommissioned;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "rotation of device {0} not audited: {1}",
                        new Object[] {id, e.getClass().getName()});
                throw new IdentityProviderUnavailable("devices.keycloak.rotate");
            }
            return new IssuedCredentials(id, renewed.clientId(), renewed.secret(), tokenUrl());
        });
    }

    /** Decommissioned meanwhile: the client this rotation renewed or made is deleted rather than left usable. */
    private void removeRetired(long id, Registration renewed) {
        try {
            if (!clients.remove(renewed.clientId(), renewed.registrationToken())) {
                LOG.log(Level.WARNING, "client {0} of decommissioned device {1} was not deleted by SitePass",
                        new Object[] {renewed.clientId(), id});
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "client {0} of decommissioned device {1} was not deleted by SitePass: {2}",
                    new Object[] {renewed.clientId(), id, e.getClass().getName()});
        }
    }

    /**
     * A new secret for the device's client, or a new client when SitePass holds no token Keycloak still accepts for
     * it: a device registered before SitePass kept registration tokens, or one whose newest token was lost with a
     * failed step. The registry then knows only the new client, so the old one's tokens are refused; the old client
     * itself is left for an operator to delete, as SitePass may not touch it.
     */
    private Registration renew(DeviceClient device) {
        return Optional.ofNullable(device.registrationToken())
                .flatMap(token -> clients.newSecret(device.clientId(), device.deviceId(), token))
                .orElseGet(() -> {
                    Registration made = clients.register(Device.newClientId(device.serial()), device.deviceId());
                    LOG.log(Level.WARNING, "device {0} moves from client {1} to the new client {2}: an operator"
                            + " deletes {1} in Keycloak", new Object[] {device.deviceId(), device.clientId(),
                            made.clientId()});
                    return made;
                });
    }

    /**
     * The registry refuses the device at once; deleting its client in Keycloak follows, retried if it fails. A client
     * SitePass has no accepted token for (deleted by an earlier attempt, or registered before SitePass kept tokens)
     * is named in the log for an operator to check and delete.
     */
    public Optional<DeviceView> decommission(Caller owner, long id) {
        return registry.retire(owner, id).map(device -> {
            boolean removed = inKeycloak(() -> device.registrationToken() != null
                    && clients.remove(device.clientId(), device.registrationToken()), "devices.keycloak.decommission");
            if (!removed) {
                LOG.log(Level.WARNING, "client {0} of decommissioned device {1} was not deleted by SitePass: an"
                        + " operator checks that it is gone from Keycloak", new Object[] {device.clientId(), id});
            }
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
