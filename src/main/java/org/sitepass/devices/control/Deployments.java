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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitepass.devices.DevicesTexts;
import org.sitepass.devices.SentryWithdrawn;
import org.sitepass.devices.entity.Deployment;
import org.sitepass.devices.entity.DeploymentStatus;
import org.sitepass.devices.entity.Device;
import org.sitepass.devices.entity.DeviceStatus;
import org.sitepass.devices.entity.EndCause;
import org.sitepass.platform.AuditOutcome;
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
 * Devices at venues: a vendor proposes its device for a venue with an active site code, the venue's manager accepts
 * or declines, the vendor withdraws or moves it. A device stands at one venue at a time.
 */
@ApplicationScoped
@Transactional
public class Deployments {

    @PersistenceContext
    EntityManager em;

    @Inject
    DeviceRegistry registry;

    @Inject
    Sites sites;

    @Inject
    Vendors vendors;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Liveness liveness;

    @Inject
    FleetAudit fleetAudit;

    @Inject
    Event<SentryWithdrawn> withdrawn;

    public Optional<DeploymentView> propose(Caller vendor, long deviceId, ProposalForm form) {
        return registry.own(vendor, deviceId).map(device -> {
            requireDeployable(device);
            if (!registry.openDeployments(List.of(device.getId())).isEmpty()) {
                throw DevicesTexts.conflict("devices.refused.alreadyDeployed");
            }
            VenueRef venue = sites.venueWithCode(form.getCodeNumber()).filter(VenueRef::codeActive)
                    .orElseThrow(() -> InvalidInput.of("codeNumber",
                            ModuleText.validation("devices.validation.codeNumber")));
            Deployment deployment = new Deployment(device.getId(), venue.id(), venue.districtCode(),
                    form.getEntrance(), CityTime.now());
            em.persist(deployment);
            em.flush();
            audit("DEVICE_DEPLOYMENT_PROPOSED", deployment, null);
            return view(deployment, device, venue);
        });
    }

    /** Locks the device, then the deployment: the order decommissioning takes too, so the two never deadlock. */
    public Optional<DeploymentView> withdraw(Caller vendor, long deploymentId) {
        return Optional.ofNullable(em.find(Deployment.class, deploymentId))
                .flatMap(found -> registry.own(vendor, found.getDeviceId()).map(device -> {
                    Deployment d = em.find(Deployment.class, deploymentId, LockModeType.PESSIMISTIC_WRITE);
                    d.withdraw(EndCause.VENDOR, CityTime.now());
                    withdrawn.fire(new SentryWithdrawn(List.of(d.getDeviceId())));
                    audit("DEVICE_DEPLOYMENT_ENDED", d, null);
                    return view(d, device, sites.venue(d.getVenueId()).orElse(null));
                }));
    }

    /**
     * The manager lets the device in; what held at the proposal must still hold: the device registered, its vendor
     * and model certified, the venue's code active.
     */
    public Optional<DeploymentView> accept(Caller manager, long deploymentId) {
        return atOwnVenue(manager, deploymentId).map(found -> {
            Device device = em.find(Device.class, found.getDeviceId(), LockModeType.PESSIMISTIC_WRITE);
            Deployment d = em.find(Deployment.class, deploymentId, LockModeType.PESSIMISTIC_WRITE);
            requireDeployable(device);
            if (!sites.venue(d.getVenueId()).map(VenueRef::codeActive).orElse(false)) {
                throw DevicesTexts.conflict("devices.refused.codeNotActive");
            }
            d.accept(CityTime.now());
            audit("DEVICE_DEPLOYMENT_ACCEPTED", d, null);
            return view(d, device, sites.venue(d.getVenueId()).orElse(null));
        });
    }

    public Optional<DeploymentView> decline(Caller manager, long deploymentId, String reason) {
        return atOwnVenue(manager, deploymentId).map(found -> {
            Deployment d = em.find(Deployment.class, deploymentId, LockModeType.PESSIMISTIC_WRITE);
            d.decline(reason, CityTime.now());
            audit("DEVICE_DEPLOYMENT_DECLINED", d, reason);
            return view(d, em.find(Device.class, d.getDeviceId()), sites.venue(d.getVenueId()).orElse(null));
        });
    }

    /** What stands at, or is proposed for, the manager's venues. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DeploymentView> atMyVenues(Caller manager) {
        manager.require(Roles.VENUE_MANAGER);
        List<Long> venues = sites.venueIdsManagedBy(manager.name());
        if (venues.isEmpty()) {
            return List.of();
        }
        return views(em.createQuery("SELECT d FROM Deployment d WHERE d.venueId IN :venues AND d.status IN :open"
                        + " ORDER BY d.id", Deployment.class)
                .setParameter("venues", venues).setParameter("open", DeviceRegistry.OPEN).getResultList());
    }

    /**
     * The district's standing sentries, counted by vendor and model, with those offline now; devices at a venue
     * whose code is suspended, or stopped by a withdrawn certificate, do not stand and are listed apart.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DistrictFleet district(Caller officer) {
        officer.require(Roles.OFFICER);
        String district = officer.district() == null ? "" : officer.district();
        List<DeploymentView> placed = views(em.createQuery(
                        "SELECT d FROM Deployment d WHERE d.districtCode = :district AND d.status IN :placed",
                        Deployment.class)
                .setParameter("district", district)
                .setParameter("placed", List.of(DeploymentStatus.ACTIVE, DeploymentStatus.SUSPENDED))
                .getResultList());
        List<DeploymentView> standing = placed.stream().filter(DeploymentView::standing).toList();
        List<DeploymentView> stopped = placed.stream().filter(v -> !v.standing()).toList();
        List<DeploymentView> offline = standing.stream().filter(v -> !v.online()).toList();
        return new DistrictFleet(district, standing.size(), standing.size() - offline.size(),
                counts(standing, DeploymentView::vendorId, id -> vendors.vendor(id).map(v -> v.name()).orElse("")),
                counts(standing, DeploymentView::modelId, id -> vendors.model(id).map(ModelRef::name).orElse("")),
                offline, stopped);
    }

    /**
     * The venue's code is suspended: its devices stay at the door, refused until the code is reinstated. The code is
     * read after the deployments are locked, so that a fact or a reconciliation that arrives late cannot undo a later
     * reinstatement. Answers how many deployments changed; {@code trigger} names the fact for the audit trail.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int suspendAt(long venueId, String trigger) {
        List<Deployment> active = at(venueId, List.of(DeploymentStatus.ACTIVE));
        List<Deployment> suspended = codeActive(venueId) ? List.of() : active;
        suspended.forEach(Deployment::suspend);
        withdrawn.fire(new SentryWithdrawn(suspended.stream().map(Deployment::getDeviceId).toList()));
        return fleetAudit.record("DEVICE_DEPLOYMENTS_SUSPENDED", "venue", venueId, trigger, suspended.size());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int reinstateAt(long venueId, String trigger) {
        List<Deployment> suspended = at(venueId, List.of(DeploymentStatus.SUSPENDED));
        List<Deployment> reinstated = codeActive(venueId) ? suspended : List.of();
        reinstated.forEach(Deployment::reinstate);
        return fleetAudit.record("DEVICE_DEPLOYMENTS_REINSTATED", "venue", venueId, trigger, reinstated.size());
    }

    /** The venue's code is revoked for good: what stood or was proposed there is over, with the date and why. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int endAt(long venueId, String trigger) {
        Instant now = CityTime.now();
        List<Deployment> open = at(venueId, DeviceRegistry.OPEN);
        open.forEach(d -> d.withdraw(EndCause.CODE_REVOKED, now));
        withdrawn.fire(new SentryWithdrawn(open.stream().map(Deployment::getDeviceId).toList()));
        return fleetAudit.record("DEVICE_DEPLOYMENTS_ENDED", "venue", venueId, trigger, open.size());
    }

    /** The venues where deployments in one of {@code statuses} are: what a reconciliation looks at, unlocked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> venuesWith(List<DeploymentStatus> statuses) {
        return Set.copyOf(em.createQuery("SELECT DISTINCT d.venueId FROM Deployment d WHERE d.status IN :statuses",
                Long.class).setParameter("statuses", statuses).getResultList());
    }

    private boolean codeActive(long venueId) {
        return sites.venue(venueId).map(VenueRef::codeActive).orElse(false);
    }

    private List<Deployment> at(long venueId, List<DeploymentStatus> statuses) {
        return em.createQuery("SELECT d FROM Deployment d WHERE d.venueId = :venue AND d.status IN :statuses",
                        Deployment.class)
                .setParameter("venue", venueId).setParameter("statuses", statuses)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }


    /** No deployment of a decommissioned device, nor of a device whose vendor or model is not certified today. */
    private void requireDeployable(Device device) {
        device.refuseIfDecommissioned();
        if (device.getStatus() == DeviceStatus.PENDING_CLIENT) {
            throw DevicesTexts.conflict("devices.refused.pendingClient");
        }
        if (!vendors.vendor(device.getVendorId()).map(VendorRef::inForce).orElse(false)) {
            throw DevicesTexts.conflict("devices.refused.vendorNotInForce");
        }
        if (!vendors.model(device.getModelId()).map(ModelRef::inForce).orElse(false)) {
            throw DevicesTexts.conflict("devices.refused.modelNotCertified");
        }
    }

    private Optional<Deployment> atOwnVenue(Caller manager, long deploymentId) {
        manager.require(Roles.VENUE_MANAGER);
        return Optional.ofNullable(em.find(Deployment.class, deploymentId))
                .filter(d -> sites.venue(d.getVenueId()).map(v -> v.manager().equals(manager.name())).orElse(false));
    }

    private List<DeploymentView> views(List<Deployment> deployments) {
        Map<Long, Device> devices = deployments.isEmpty() ? Map.of()
                : em.createQuery("SELECT d FROM Device d WHERE d.id IN :ids", Device.class)
                .setParameter("ids", deployments.stream().map(Deployment::getDeviceId).distinct().toList())
                .getResultList().stream().collect(Collectors.toMap(Device::getId, Function.identity()));
        Map<Long, VenueRef> venues = sites.venues(deployments.stream().map(Deployment::getVenueId).distinct().toList());
        Instant cutoff = liveness.onlineCutoff();
        return deployments.stream().map(d -> DeploymentView.of(d, devices.get(d.getDeviceId()),
                venues.get(d.getVenueId()), cutoff)).toList();
    }

    private DeploymentView view(Deployment d, Device device, VenueRef venue) {
        return DeploymentView.of(d, device, venue, liveness.onlineCutoff());
    }

    private static List<DistrictFleet.Count> counts(List<DeploymentView> standing, Function<DeploymentView, Long> key,
                                                    Function<Long, String> name) {
        return standing.stream().collect(Collectors.groupingBy(key)).entrySet().stream()
                .map(e -> new DistrictFleet.Count(e.getKey(), name.apply(e.getKey()), e.getValue().size(),
                        e.getValue().stream().filter(v -> !v.online()).count()))
                .sorted((a, b) -> Long.compare(b.total(), a.total()))
                .toList();
    }

    private void audit(String action, Deployment d, String purpose) {
        auditTrail.record(new AuditRecord(action, "device_deployment", String.valueOf(d.getId()), purpose,
                AuditOutcome.SUCCESS));
    }
}
