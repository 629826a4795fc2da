package org.sitepass.devices.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.sitepass.devices.entity.Device;
import org.sitepass.devices.entity.DeviceStatus;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.ModuleText;
import org.sitepass.platform.NotPermitted;
import org.sitepass.platform.Roles;

/**
 * Heartbeats from sentries. A token is trusted only if its client is a registered device of ours and its device id
 * is that device's: a decommissioned device's token, valid as it may still be, is refused here. Beats of one device
 * that cross (a retry after a slow answer) wait for each other on the row instead of failing on its version.
 */
@ApplicationScoped
@Transactional
public class Heartbeats {

    @PersistenceContext
    EntityManager em;

    public void heard(Optional<String> clientId, Optional<String> deviceId, HeartbeatForm form) {
        Device device = clientId.flatMap(this::deviceOf)
                .filter(d -> deviceId.filter(id -> id.equals(String.valueOf(d.getId()))).isPresent())
                .filter(d -> d.getStatus() == DeviceStatus.REGISTERED)
                .orElseThrow(() -> new NotPermitted(Roles.SENTRY));
        device.heard(CityTime.now(), form.getFirmwareVersion(), form.getUptimeSeconds(), form.getQueueLength(),
                clock(form.getDeviceClock()));
    }

    private Optional<Device> deviceOf(String clientId) {
        return em.createQuery("SELECT d FROM Device d WHERE d.clientId = :client", Device.class)
                .setParameter("client", clientId).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream().findFirst();
    }

    private static Instant clock(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("deviceClock", ModuleText.validation("devices.validation.clock"));
        }
    }
}
