package org.sitepass.tracing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.Roles;
import org.sitepass.sites.Sites;
import org.sitepass.sites.VenueRef;
import org.sitepass.tracing.entity.DoorStaff;
import org.sitepass.tracing.entity.DoorStaffRoster;

/**
 * Who checks at a venue's door: its manager names and removes door-staff accounts, and the door-check page opens to
 * the manager and the named staff only. Another manager's venue is answered as one that does not exist.
 */
@ApplicationScoped
@Transactional
public class DoorStaffing {

    static final String OBJECT_TYPE = "venue";

    @PersistenceContext
    EntityManager em;

    @Inject
    Sites sites;

    @Inject
    AuditTrail auditTrail;

    /** The venue's door staff, in the order they were named; none when the venue is not the manager's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<List<DoorStaffView>> list(Caller manager, long venueId) {
        return managed(manager, venueId).map(venue -> roster(venue).named().stream().map(DoorStaffView::of).toList());
    }

    /** Names an account door staff of the manager's venue; audited with the account as the purpose. */
    public Optional<DoorStaffView> name(Caller manager, long venueId, String account) {
        return managed(manager, venueId).map(venue -> {
            DoorStaff staff = roster(venue).name(account, manager.name(), CityTime.now());
            em.persist(staff);
            auditTrail.record(AuditRecord.success("DOOR_STAFF_NAMED", OBJECT_TYPE, String.valueOf(venueId))
                    .because(staff.getAccount()));
            return DoorStaffView.of(staff);
        });
    }

    /** Removes a door-staff account; none when the venue is not the manager's or the account is not named there. */
    public Optional<DoorStaffView> remove(Caller manager, long venueId, String account) {
        return managed(manager, venueId).flatMap(venue -> roster(venue).find(account)).map(staff -> {
            em.remove(staff);
            auditTrail.record(AuditRecord.success("DOOR_STAFF_REMOVED", OBJECT_TYPE, String.valueOf(venueId))
                    .because(staff.getAccount()));
            return DoorStaffView.of(staff);
        });
    }

    /**
     * The venue whose door the caller may check at: its manager, or an account it named that holds the door-staff
     * role. Anyone else is told nothing about the venue.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<VenueRef> door(Caller caller, long venueId) {
        return sites.venue(venueId).filter(venue -> isManager(caller, venue)
                || caller.hasRole(Roles.DOOR_STAFF) && roster(venue).find(caller.name()).isPresent());
    }

    /** The venues whose door the caller may check at, by name: what the door-check page offers to choose from. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VenueRef> doors(Caller caller) {
        List<Long> ids = new ArrayList<>();
        if (caller.hasRole(Roles.VENUE_MANAGER)) {
            ids.addAll(sites.venueIdsManagedBy(caller.name()));
        }
        if (caller.hasRole(Roles.DOOR_STAFF)) {
            ids.addAll(em.createQuery("SELECT s.venueId FROM DoorStaff s WHERE s.account = :account", Long.class)
                    .setParameter("account", DoorStaffRoster.normalised(caller.name())).getResultList());
        }
        return sites.venues(ids).values().stream().sorted(Comparator.comparing(VenueRef::name)).toList();
    }

    private Optional<VenueRef> managed(Caller manager, long venueId) {
        manager.require(Roles.VENUE_MANAGER);
        return sites.venue(venueId).filter(venue -> isManager(manager, venue));
    }

    private static boolean isManager(Caller caller, VenueRef venue) {
        return caller.hasRole(Roles.VENUE_MANAGER) && caller.name().equals(venue.manager());
    }

    private DoorStaffRoster roster(VenueRef venue) {
        return new DoorStaffRoster(venue.id(), venue.manager(), em.createQuery(
                        "SELECT s FROM DoorStaff s WHERE s.venueId = :venue ORDER BY s.namedAt, s.id", DoorStaff.class)
                .setParameter("venue", venue.id()).getResultList());
    }
}
