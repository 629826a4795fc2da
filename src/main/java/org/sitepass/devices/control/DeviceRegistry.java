package org.sitepass.devices.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sitepass.devices.DevicesTexts;
import org.sitepass.devices.entity.Deployment;
import org.sitepass.devices.entity.DeploymentStatus;
import org.sitepass.devices.entity.Device;
import org.sitepass.devices.entity.DeviceStatus;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.ModuleText;
import org.sitepass.platform.Roles;
import org.sitepass.sites.Sites;
import org.sitepass.sites.VenueRef;
import org.sitepass.vendors.ModelRef;
import org.sitepass.vendors.VendorRef;
import org.sitepass.vendors.Vendors;

/**
 * A vendor's devices: registered by serial, each with its own Keycloak client; credentials rotated; devices
 * decommissioned for good. A vendor sees and touches only its own devices.
 */
@ApplicationScoped
@Transactional
public class DeviceRegistry {

    static final String CLIENT_PREFIX = "sentry-";
    static final List<DeploymentStatus> OPEN = List.of(DeploymentStatus.PROPOSED, DeploymentStatus.ACTIVE);

    @PersistenceContext
    EntityManager em;

    @Inject
    Vendors vendors;

    @Inject
    DeviceClients clients;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Sites sites;

    @Inject
    @ConfigProperty(name = "sitepass.oidc.provider-uri")
    String realmUrl;

    @Inject
    @ConfigProperty(name = "sitepass.devices.heartbeat-interval", defaultValue = "PT30S")
    Duration heartbeatInterval;

    /**
     * Only a vendor in force registers, only devices of its own certified models, and a serial only once. The
     * Keycloak client, named by the serial (unique for good, unlike a row id), is created last, so that a refused
     * registration leaves nothing behind in Keycloak.
     */
    public IssuedCredentials register(Caller owner, DeviceForm form) {
        VendorRef vendor = company(owner);
        if (!vendor.inForce()) {
            throw DevicesTexts.conflict("devices.refused.vendorNotInForce");
        }
        ModelRef model = vendors.model(form.getModelId()).filter(m -> m.vendorId() == vendor.id())
                .orElseThrow(() -> InvalidInput.of("modelId", ModuleText.validation("devices.validation.model")));
        if (!model.inForce()) {
            throw DevicesTexts.conflict("devices.refused.modelNotCertified");
        }
        if (!em.createQuery("SELECT d FROM Device d WHERE d.serial = :serial", Device.class)
                .setParameter("serial", form.getSerial()).getResultList().isEmpty()) {
            throw InvalidInput.of("serial", ModuleText.validation("devices.validation.serialTaken"));
        }
        Device device = new Device(form.getSerial(), vendor.id(), model.id(), CityTime.now());
        em.persist(device);
        em.flush();
        String clientId = CLIENT_PREFIX + form.getSerial().toLowerCase(Locale.ROOT);
        device.credentialsIn(clientId);
        auditTrail.record(AuditRecord.success("DEVICE_REGISTERED", "device", String.valueOf(device.getId())));
        String secret = clients.create(clientId, device.getId());
        return new IssuedCredentials(device.getId(), clientId, secret, tokenUrl());
    }

    public Optional<IssuedCredentials> rotate(Caller owner, long id) {
        return own(owner, id).map(device -> {
            device.refuseIfDecommissioned();
            auditTrail.record(AuditRecord.success("DEVICE_CREDENTIALS_ROTATED", "device", String.valueOf(id)));
            String secret = clients.rotate(device.getClientId());
            return new IssuedCredentials(id, device.getClientId(), secret, tokenUrl());
        });
    }

    public Optional<DeviceView> decommission(Caller owner, long id) {
        return own(owner, id).map(device -> {
            Instant now = CityTime.now();
            device.decommission(now);
            openDeployments(List.of(id)).values().forEach(d -> {
                d.withdraw(now);
                auditTrail.record(AuditRecord.success("DEVICE_DEPLOYMENT_ENDED", "device_deployment",
                        String.valueOf(d.getId())));
            });
            clients.disable(device.getClientId());
            auditTrail.record(AuditRecord.success("DEVICE_DECOMMISSIONED", "device", String.valueOf(id)));
            return view(device);
        });
    }

    /** A page of the vendor's fleet, newest first, each device with where it stands or is proposed to stand. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DeviceView> mine(Caller owner, int first, int size) {
        VendorRef vendor = company(owner);
        List<Device> devices = em.createQuery("SELECT d FROM Device d WHERE d.vendorId = :vendor ORDER BY d.id DESC",
                        Device.class)
                .setParameter("vendor", vendor.id()).setFirstResult(first).setMaxResults(size).getResultList();
        Map<Long, Deployment> open = openDeployments(devices.stream().map(Device::getId).toList());
        Map<Long, VenueRef> venues = sites.venues(open.values().stream().map(Deployment::getVenueId).distinct()
                .toList());
        Instant now = CityTime.now();
        return devices.stream().map(d -> DeviceView.of(d, now, heartbeatInterval, open.get(d.getId()),
                venues.get(Optional.ofNullable(open.get(d.getId())).map(Deployment::getVenueId).orElse(-1L))))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countMine(Caller owner) {
        VendorRef vendor = company(owner);
        return em.createQuery("SELECT COUNT(d) FROM Device d WHERE d.vendorId = :vendor", Long.class)
                .setParameter("vendor", vendor.id()).getSingleResult();
    }

    /** The devices the vendor may propose for a venue: in service and standing nowhere, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DeviceView> proposable(Caller owner) {
        VendorRef vendor = company(owner);
        return em.createQuery("""
                        SELECT d FROM Device d WHERE d.vendorId = :vendor AND d.status = :registered AND NOT EXISTS
                        (SELECT p FROM Deployment p WHERE p.deviceId = d.id AND p.status IN :open) ORDER BY d.id DESC""",
                        Device.class)
                .setParameter("vendor", vendor.id()).setParameter("registered", DeviceStatus.REGISTERED)
                .setParameter("open", OPEN).getResultStream().map(this::view).toList();
    }

    /** The open (proposed or active) deployment of each device given. */
    Map<Long, Deployment> openDeployments(List<Long> deviceIds) {
        if (deviceIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT d FROM Deployment d WHERE d.deviceId IN :devices AND d.status IN :open",
                        Deployment.class)
                .setParameter("devices", deviceIds).setParameter("open", OPEN).getResultList().stream()
                .collect(Collectors.toMap(Deployment::getDeviceId, d -> d, (a, b) -> a));
    }

    /** Another vendor's device, or any device for a vendor user without a company, does not exist. */
    Optional<Device> own(Caller owner, long id) {
        owner.require(Roles.VENDOR);
        return vendors.companyOf(owner).flatMap(vendor -> Optional.ofNullable(
                        em.find(Device.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(d -> d.getVendorId() == vendor.id()));
    }

    private VendorRef company(Caller owner) {
        owner.require(Roles.VENDOR);
        return vendors.companyOf(owner).orElseThrow(() -> DevicesTexts.conflict("devices.refused.noCompany"));
    }

    private DeviceView view(Device device) {
        return DeviceView.of(device, CityTime.now(), heartbeatInterval, null, null);
    }

    private String tokenUrl() {
        return realmUrl + "/protocol/openid-connect/token";
    }
}
