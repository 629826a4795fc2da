package org.sitepass.sites.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.AuditOutcome;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.Caller;
import org.sitepass.platform.PersonalData;
import org.sitepass.platform.Roles;
import org.sitepass.sites.SiteCodeReinstated;
import org.sitepass.sites.SiteCodeRevoked;
import org.sitepass.sites.SiteCodeSuspended;
import org.sitepass.sites.entity.CodeNumber;
import org.sitepass.sites.entity.ReviewEvent;
import org.sitepass.sites.entity.ReviewEventKind;
import org.sitepass.sites.entity.ReviewStatus;
import org.sitepass.sites.entity.Venue;
import org.sitepass.sites.entity.VenueDetails;

/**
 * What a district officer decides: approve or reject submitted venues, suspend, reinstate or revoke codes. An officer
 * sees only venues of their own district; every decision is in the review history and the audit trail.
 */
@ApplicationScoped
@Transactional
public class Reviews {

    @PersistenceContext
    EntityManager em;

    @Inject
    CodeNumbers codeNumbers;

    @Inject
    PersonalData personalData;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Event<Object> events;

    /** The venue as the officer reviews it; the applicant's mobile is opened to be masked, so it is audited. */
    public Optional<VenueView> find(Caller officer, long id) {
        return inDistrict(officer, id, LockModeType.NONE).map(venue -> {
            auditTrail.record(AuditRecord.success("VENUE_APPLICATION_VIEWED", "venue", String.valueOf(id)));
            return view(venue);
        });
    }

    /** The venue of a code number, typed or scanned, if it is in the officer's district. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> venueWithCode(Caller officer, String codeNumber) {
        return CodeNumber.parse(codeNumber)
                .flatMap(number -> em.createQuery("SELECT v FROM Venue v WHERE v.codeNumber = :number", Venue.class)
                        .setParameter("number", number.value()).getResultList().stream().findFirst())
                .flatMap(venue -> inDistrict(officer, venue.getId(), LockModeType.NONE))
                .map(Venue::getId);
    }

    public Optional<VenueView> approve(Caller officer, long id) {
        return decide(officer, id, ReviewEventKind.APPROVED, "SITE_CODE_APPROVED", null,
                (venue, now) -> venue.approve(officer.name(), now,
                        () -> codeNumbers.next(venue.getDetails().getDistrictCode())));
    }

    public Optional<VenueView> reject(Caller officer, long id, String reason) {
        return decide(officer, id, ReviewEventKind.REJECTED, "SITE_CODE_REJECTED", reason,
                (venue, now) -> venue.reject(officer.name(), reason, now));
    }

    public Optional<VenueView> suspend(Caller officer, long id, String reason) {
        return decide(officer, id, ReviewEventKind.SUSPENDED, "SITE_CODE_SUSPENDED", reason,
                (venue, now) -> venue.suspend(reason, now));
    }

    public Optional<VenueView> reinstate(Caller officer, long id, String reason) {
        return decide(officer, id, ReviewEventKind.REINSTATED, "SITE_CODE_REINSTATED", reason,
                (venue, now) -> venue.reinstate(reason, now));
    }

    public Optional<VenueView> revoke(Caller officer, long id, String reason) {
        return decide(officer, id, ReviewEventKind.REVOKED, "SITE_CODE_REVOKED", reason,
                (venue, now) -> venue.revoke(reason, now));
    }

    /** The audited action is spelled out by each decision, so that a search of the code finds every action. */
    private Optional<VenueView> decide(Caller officer, long id, ReviewEventKind kind, String action, String reason,
                                       BiConsumer<Venue, Instant> decision) {
        return inDistrict(officer, id, LockModeType.PESSIMISTIC_WRITE).map(venue -> {
            Instant now = CityTime.now();
            decision.accept(venue, now);
            em.persist(new ReviewEvent(venue, kind, reason, officer.name(), now));
            announce(kind, venue, now);
            auditTrail.record(new AuditRecord(action, "venue", String.valueOf(venue.getId()),
                    reason, AuditOutcome.SUCCESS));
            return view(venue);
        });
    }

    /** What other modules react to once the decision is committed (devices at a suspended venue stop beating). */
    private void announce(ReviewEventKind kind, Venue venue, Instant now) {
        long id = venue.getId();
        String number = venue.getCodeNumber();
        String district = venue.getDetails().getDistrictCode();
        switch (kind) {
            case SUSPENDED -> events.fire(new SiteCodeSuspended(id, number, district, now));
            case REINSTATED -> events.fire(new SiteCodeReinstated(id, number, district, now));
            case REVOKED -> events.fire(new SiteCodeRevoked(id, number, district, now));
            default -> {
                // approvals and rejections concern no other module yet
            }
        }
    }

    /** Decisions lock the venue, so two officers deciding at once are told in turn, not both obeyed. */
    private Optional<Venue> inDistrict(Caller officer, long id, LockModeType lock) {
        officer.require(Roles.OFFICER);
        return Optional.ofNullable(em.find(Venue.class, id, lock))
                .filter(v -> v.getReviewStatus() != ReviewStatus.DRAFT)
                .filter(v -> officer.district() != null && officer.district().equals(v.getDetails().getDistrictCode()));
    }

    private VenueView view(Venue venue) {
        VenueDetails d = venue.forEditing();
        return VenueView.of(venue,
                personalData.maskedPersonName(d.getSealedResponsiblePerson(), Venues.RESPONSIBLE_PERSON_COLUMN),
                personalData.maskedMobile(d.getSealedContactMobile(), Venues.MOBILE_COLUMN));
    }
}
