package org.sitepass.devices.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitepass.devices.DevicesTexts;
import org.sitepass.devices.SentryWithdrawn;
import org.sitepass.devices.entity.Deployment;
import org.sitepass.devices.entity.DeploymentStatus;
import org.sitepass.devices.entity.Device;
import org.sitepass.devices.entity.DeviceStatus;
import org.sitepass.devices.entity.EndCause;
import org.sitepass.devices.entity.Withdrawal;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.ModuleText;
import org.sitepass.platform.PersonalData;
import org.sitepass.platform.Roles;
import org.sitepass.sites.Sites;
import org.sitepass.sites.VenueRef;
import org.sitepass.vendors.CertificateHolder;
import org.sitepass.vendors.ModelRef;
import org.sitepass.vendors.VendorRef;
import org.sitepass.vendors.Vendors;

/**
 * A vendor's devices as the database holds them, each step in a short transaction of its own: the calls to Keycloak
 * happen between these steps (see {@link DeviceCredentials}), never inside one, and no lock is held across them. A
 * vendor sees and touches only its own devices.
 */
@ApplicationScoped
@Transactional
public class DeviceRegistry {

    /** Where a device client's registration access token is kept, sealed: it is the right to change that client. */
    static final String REGISTRATION_TOKEN_COLUMN = "devices_device.registration_token";
    static final List<DeploymentStatus> OPEN = List.of(DeploymentStatus.PROPOSED, DeploymentStatus.ACTIVE,
            DeploymentStatus.SUSPENDED);
    private static final List<DeviceStatus> RETIRED = List.of(DeviceStatus.DECOMMISSIONING,
            DeviceStatus.DECOMMISSIONED);

    @PersistenceContext
    EntityManager em;

    @Inject
    Vendors vendors;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Sites sites;

    @Inject
    Liveness liveness;

    @Inject
    FleetAudit fleetAudit;

    @Inject
    PersonalData personalData;

    @Inject
    Event<SentryWithdrawn> withdrawn;

    /**
     * Only a vendor in force registers, only devices of its own certified models, and a serial only once. The device
     * is stored claimed by this attempt, so that no other attempt calls Keycloak for it meanwhile; the vendor's own
     * device of that serial still waiting for its client is claimed again, so that registering again after Keycloak
     * failed finishes the job, unless another attempt's claim is still recent. Each attempt names a client id of its
     * own before Keycloak is asked: a client an earlier attempt may have left in Keycloak is never touched again.
     */
    public DeviceClient pending(Caller owner, DeviceForm form, String claim) {
        VendorRef vendor = company(owner);
        if (!vendor.inForce()) {
            throw DevicesTexts.conflict("devices.refused.vendorNotInForce");
        }
        ModelRef model = vendors.model(form.getModelId()).filter(m -> m.vendorId() == vendor.id())
                .orElseThrow(() -> InvalidInput.of("modelId", ModuleText.validation("devices.validation.model")));
        if (!model.inForce()) {
            throw DevicesTexts.conflict("devices.refused.modelNotCertified");
        }
        Optional<Device> same = em.createQuery("SELECT d FROM Device d WHERE d.serial = :serial", Device.class)
                .setParameter("serial", form.getSerial()).getResultList().stream().findFirst();
        Instant now = CityTime.now();
        if (same.isPresent()) {
            Device device = same.filter(d -> d.getStatus() == DeviceStatus.PENDING_CLIENT
                            && d.getVendorId() == vendor.id() && d.getModelId() == model.id())
                    .orElseThrow(() -> InvalidInput.of("serial",
                            ModuleText.validation("devices.validation.serialTaken")));
            String clientId = Device.newClientId(device.getSerial());
            int claimed = em.createQuery("""
                            UPDATE Device d SET d.claim = :claim, d.claimedAt = :now, d.clientId = :client,
                            d.version = d.version + 1 WHERE d.id = :id AND d.status = :pending
                            AND (d.claimedAt IS NULL OR d.claimedAt < :stale)""")
                    .setParameter("claim", claim).setParameter("now", now).setParameter("client", clientId)
                    .setParameter("id", device.getId())
                    .setParameter("pending", DeviceStatus.PENDING_CLIENT)
                    .setParameter("stale", Device.claimsStaleBefore(now)).executeUpdate();
            if (claimed == 0) {
                throw DevicesTexts.conflict("devices.refused.registrationInProgress");
            }
            return new DeviceClient(device.getId(), device.getSerial(), clientId, null);
        }
        Device device = new Device(form.getSerial(), vendor.id(), model.id(), now, claim);
        em.persist(device);
        em.flush();
        return client(device);
    }

    public void clientCreated(long id, String claim, Instant credentialsIssued, String registrationToken) {
        em.find(Device.class, id, LockModeType.PESSIMISTIC_WRITE).clientCreated(claim, credentialsIssued,
                personalData.seal(registrationToken, REGISTRATION_TOKEN_COLUMN));
        audit("DEVICE_REGISTERED", id);
    }

    /**
     * Tokens issued before {@code at} are refused from now on, and only the client named here is the device's; the
     * rotation is audited with it. Keycloak's newest registration token replaces the one it was asked with.
     */
    public void credentialsRotated(long id, Instant at, String clientId, String registrationToken) {
        em.find(Device.class, id, LockModeType.PESSIMISTIC_WRITE).credentialsRotated(at, clientId,
                personalData.seal(registrationToken, REGISTRATION_TOKEN_COLUMN));
        audit("DEVICE_CREDENTIALS_ROTATED", id);
    }

    /** Whether the device still waits for its client under this claim: only then may the attempt undo its client. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean claimedBy(long id, String claim) {
        return em.createQuery("SELECT COUNT(d) FROM Device d WHERE d.id = :id AND d.status = :pending"
                        + " AND d.claim = :claim", Long.class)
                .setParameter("id", id).setParameter("pending", DeviceStatus.PENDING_CLIENT)
                .setParameter("claim", claim).getSingleResult() > 0;
    }

    /** The attempt gives up its claim, so that registering again need not wait for it to go stale. */
    public void release(long id, String claim) {
        em.createQuery("UPDATE Device d SET d.claim = NULL, d.claimedAt = NULL, d.version = d.version + 1"
                        + " WHERE d.id = :id AND d.status = :pending AND d.claim = :claim")
                .setParameter("id", id).setParameter("pending", DeviceStatus.PENDING_CLIENT)
                .setParameter("claim", claim).executeUpdate();
    }

    /** A device whose client exists, for a new secret; the rotation is audited once Keycloak has made it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DeviceClient> rotatable(Caller owner, long id) {
        return own(owner, id, LockModeType.NONE).map(device -> {
            device.refuseIfDecommissioned();
            if (device.getStatus() == DeviceStatus.PENDING_CLIENT) {
                throw DevicesTexts.conflict("devices.refused.pendingClient");
            }
            return client(device);
        });
    }

    private DeviceClient client(Device device) {
        return new DeviceClient(device.getId(), device.getSerial(), device.getClientId(),
                personalData.openIfPresent(device.getSealedRegistrationToken(), REGISTRATION_TOKEN_COLUMN));
    }

    private void audit(String action, long id) {
        auditTrail.record(AuditRecord.success(action, "device", String.valueOf(id)));
    }

    /**
     * Refused here from now on, its deployments ended; a device already decommissioning is answered as it is, so
     * that the caller can finish disabling its client.
     */
    public Optional<DeviceClient> retire(Caller owner, long id) {
        return own(owner, id).map(device -> {
            if (device.getStatus() == DeviceStatus.DECOMMISSIONING) {
                return client(device);
            }
            Instant now = CityTime.now();
            device.decommission(now);
            openDeployments(List.of(id)).values().forEach(d -> {
                d.withdraw(EndCause.VENDOR, now);
                auditTrail.record(AuditRecord.success("DEVICE_DEPLOYMENT_ENDED", "device_deployment",
                        String.valueOf(d.getId())));
            });
            audit("DEVICE_DECOMMISSIONED", id);
            withdrawn.fire(new SentryWithdrawn(List.of(id)));
            return client(device);
        });
    }

    public DeviceView clientDisabled(long id) {
        Device device = em.find(Device.class, id, LockModeType.PESSIMISTIC_WRITE);
        device.clientDisabled();
        return view(device);
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
        Instant cutoff = liveness.onlineCutoff();
        return devices.stream().map(d -> DeviceView.of(d, cutoff, open.get(d.getId()),
                venues.get(Optional.ofNullable(open.get(d.getId())).map(Deployment::getVenueId).orElse(-1L))))
                .toList();
    }

    /**
     * The devices a withdrawn certificate covers stop, or show why it is withdrawn now; those already decommissioned
     * are left as they are. The certificate is read after the devices are locked, so that a fact or a reconciliation
     * that arrives late cannot undo a later reinstatement. Answers how many devices changed; {@code trigger} names
     * the fact for the audit trail.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int stopCoveredBy(CertificateHolder holder, long holderId, String trigger) {
        List<Device> covered = covered(holder, holderId);
        Optional<Withdrawal> why = vendors.notInForce(holder, holderId).map(c -> Withdrawal.of(c.cause()));
        List<Device> changed = why.map(w -> covered.stream().filter(d -> d.withdrawal(holder) != w).toList())
                .orElse(List.of());
        changed.forEach(d -> d.withdrawn(holder, why.orElseThrow()));
        withdrawn.fire(new SentryWithdrawn(changed.stream().map(Device::getId).toList()));
        return fleetAudit.record("DEVICES_STOPPED", objectType(holder), holderId, trigger, changed.size());
    }

    /** Restarts what the certificate stopped, if it is in force; a device the other one still stops stays stopped. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int restartCoveredBy(CertificateHolder holder, long holderId, String trigger) {
        List<Device> covered = covered(holder, holderId);
        List<Device> restarted = vendors.notInForce(holder, holderId).isPresent() ? List.of()
                : covered.stream().filter(d -> d.withdrawal(holder) != null).toList();
        restarted.forEach(d -> d.reinstated(holder));
        return fleetAudit.record("DEVICES_RESTARTED", objectType(holder), holderId, trigger, restarted.size());
    }

    /** The vendors or models whose certificates stop in-service devices: what a reconciliation looks at, unlocked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> stoppingHolders(CertificateHolder holder) {
        return Set.copyOf(em.createQuery(String.format("SELECT DISTINCT d.%s FROM Device d WHERE d.%s IS NOT NULL"
                        + " AND d.status NOT IN :retired", holderField(holder), withdrawalField(holder)), Long.class)
                .setParameter("retired", RETIRED).getResultList());
    }

    private List<Device> covered(CertificateHolder holder, long holderId) {
        return em.createQuery("SELECT d FROM Device d WHERE d." + holderField(holder) + " = :holder"
                        + " AND d.status NOT IN :retired ORDER BY d.id", Device.class)
                .setParameter("holder", holderId).setParameter("retired", RETIRED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    private static String holderField(CertificateHolder holder) {
        return holder == CertificateHolder.VENDOR ? "vendorId" : "modelId";
    }

    private static String withdrawalField(CertificateHolder holder) {
        return holder == CertificateHolder.VENDOR ? "vendorWithdrawal" : "modelWithdrawal";
    }

    private static String objectType(CertificateHolder holder) {
        return holder == CertificateHolder.VENDOR ? "vendor" : "device_model";
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
                        (SELECT p FROM Deployment p WHERE p.deviceId = d.id AND p.status IN :open)
                        ORDER BY d.id DESC""",
                        Device.class)
                .setParameter("vendor", vendor.id()).setParameter("registered", DeviceStatus.REGISTERED)
                .setParameter("open", OPEN).getResultStream().map(this::view).toList();
    }

    /** The open (proposed, active or suspended) deployment of each device given. */
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
        return own(owner, id, LockModeType.PESSIMISTIC_WRITE);
    }

    private Optional<Device> own(Caller owner, long id, LockModeType lock) {
        owner.require(Roles.VENDOR);
        return vendors.companyOf(owner).flatMap(vendor -> Optional.ofNullable(em.find(Device.class, id, lock))
                .filter(d -> d.getVendorId() == vendor.id()));
    }

    private VendorRef company(Caller owner) {
        owner.require(Roles.VENDOR);
        return vendors.companyOf(owner).orElseThrow(() -> DevicesTexts.conflict("devices.refused.noCompany"));
    }

    private DeviceView view(Device device) {
        return DeviceView.of(device, liveness.onlineCutoff(), null, null);
    }
}
