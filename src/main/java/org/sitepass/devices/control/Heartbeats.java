package org.sitepass.devices.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.sitepass.devices.DevicesTexts;
import org.sitepass.devices.entity.Device;
import org.sitepass.devices.entity.Deployment;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.ModuleText;
import org.sitepass.platform.NotPermitted;
import org.sitepass.platform.RequestRefused;
import org.sitepass.platform.Roles;

/**
 * Heartbeats from sentries. A token speaks for the device whose client got it ({@code azp}), never for a device a
 * claim names, and only if it was issued since the device's last secret. A device out of service (decommissioned,
 * stopped by a withdrawn certificate, at a venue whose code is suspended) is refused here with why, valid as its
 * token may still be. Beats of one device that cross (a retry after a slow answer) wait for each other on the row
 * instead of failing on its version.
 */
@ApplicationScoped
@Transactional
public class Heartbeats {

    @PersistenceContext
    EntityManager em;

    @Inject
    DeviceRegistry registry;

    public void heard(Optional<String> clientId, Optional<Instant> issuedAt, HeartbeatForm form) {
        Device device = inService(clientId, issuedAt, LockModeType.PESSIMISTIC_WRITE).device();
        device.heard(CityTime.now(), form.getFirmwareVersion(), form.getUptimeSeconds(), form.getQueueLength(),
                clock(form.getDeviceClock()));
    }

    /** What any other call of a sentry checks first, so that a device out of service is refused everywhere. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireInService(Optional<String> clientId, Optional<Instant> issuedAt) {
        inService(clientId, issuedAt, LockModeType.NONE);
    }

    /**
     * The device in service a token speaks for and the deployment it stands in at its door: what a door check needs,
     * refused as any sentry call is, and also where the device stands at no venue (not deployed, not yet accepted).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Standing standing(Optional<String> clientId, Optional<Instant> issuedAt) {
        Standing standing = inService(clientId, issuedAt, LockModeType.NONE);
        RequestRefused.unless(standing.deployment() != null && standing.deployment().standsAtDoor(),
                () -> DevicesTexts.outOfService("devices.refused.notDeployed"));
        return standing;
    }

    private Standing inService(Optional<String> clientId, Optional<Instant> issuedAt, LockModeType lock) {
        Device device = clientId.flatMap(client -> em.createQuery(
                        "SELECT d FROM Device d WHERE d.clientId = :client", Device.class)
                        .setParameter("client", client).setLockMode(lock).getResultList().stream().findFirst())
                .orElseThrow(() -> new NotPermitted(Roles.SENTRY));
        device.refuseIfSuperseded(issuedAt.orElse(Instant.EPOCH));
        device.refuseUnlessInService();
        Deployment open = registry.openDeployments(List.of(device.getId())).get(device.getId());
        if (open != null) {
            open.refuseIfSuspended();
        }
        return new Standing(device, open);
    }

    private static Instant clock(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("deviceClock", ModuleText.validation("devices.validation.clock"));
        }
    }
}
