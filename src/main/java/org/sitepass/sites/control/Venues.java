package org.sitepass.sites.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.ModuleText;
import org.sitepass.platform.PersonalData;
import org.sitepass.platform.Roles;
import org.sitepass.sites.entity.ReviewEvent;
import org.sitepass.sites.entity.ReviewEventKind;
import org.sitepass.sites.entity.Venue;
import org.sitepass.sites.entity.VenueDetails;

/**
 * What a venue manager does with their own venues: save, submit, correct, resubmit. Another manager's venue does
 * not exist for them: every look-up is by id and owner together.
 */
@ApplicationScoped
@Transactional
public class Venues {

    static final String MOBILE_COLUMN = "sites_venue.contact_mobile";
    static final String RESPONSIBLE_PERSON_COLUMN = "sites_venue.responsible_person";

    @PersistenceContext
    EntityManager em;

    @Inject
    VenueReferences references;

    @Inject
    PersonalData personalData;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Validator validator;


    public VenueView create(Caller manager, VenueForm form) {
        return view(draft(manager, form));
    }

    /** Creates and submits in one step, as a bulk upload does for each accepted row. */
    public Venue createSubmitted(Caller manager, VenueForm form, long batchId, Instant now) {
        Venue venue = Venue.draft(manager.name(), details(form), now);
        venue.fromBatch(batchId);
        venue.submit(now);
        em.persist(venue);
        em.flush();
        em.persist(new ReviewEvent(venue, ReviewEventKind.SUBMITTED, null, manager.name(), now));
        return venue;
    }

    /** A venue with a code must stay complete: the change replaces what the poster and the district rely on. */
    public Optional<VenueView> update(Caller manager, long id, VenueForm form) {
        return ownForChange(manager, id).map(venue -> {
            edit(manager, venue, form);
            return view(venue);
        });
    }

    public Optional<VenueView> submit(Caller manager, long id) {
        return ownForChange(manager, id).map(venue -> {
            submit(manager, venue);
            return view(venue);
        });
    }

    /**
     * What the page's submit button does, in one transaction: save the form and, where the application is not yet
     * under review, submit it. A refused submission leaves nothing saved.
     */
    public VenueView saveAndSubmit(Caller manager, Long id, VenueForm form) {
        Venue venue = id == null ? draft(manager, form) : ownForChange(manager, id).orElseThrow(NoSuchVenue::new);
        if (id != null) {
            edit(manager, venue, form);
        }
        if (!venue.isUnderReview() && venue.getCodeNumber() == null) {
            submit(manager, venue);
        }
        return view(venue);
    }

    private Venue draft(Caller manager, VenueForm form) {
        manager.require(Roles.VENUE_MANAGER);
        references.check(form);
        Venue venue = Venue.draft(manager.name(), details(form), CityTime.now());
        em.persist(venue);
        em.flush();
        return venue;
    }

    private void edit(Caller manager, Venue venue, VenueForm form) {
        references.check(form);
        if (venue.getCodeNumber() != null) {
            requireComplete(form);
        }
        Instant now = CityTime.now();
        if (venue.edit(details(form), now)) {
            recordSubmission(manager, venue, now, "SITE_CODE_CHANGE_SUBMITTED");
        }
    }

    private void submit(Caller manager, Venue venue) {
        requireComplete(view(venue).toForm());
        Instant now = CityTime.now();
        venue.submit(now);
        recordSubmission(manager, venue, now, "SITE_CODE_APPLICATION_SUBMITTED");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<VenueView> find(Caller manager, long id) {
        return own(manager, id).map(this::view);
    }

    /** Every venue of the manager, newest first; chains have thousands, so the page asks for a slice. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VenueView> mine(Caller manager, int first, int size) {
        manager.require(Roles.VENUE_MANAGER);
        return em.createQuery("SELECT v FROM Venue v WHERE v.manager = :manager ORDER BY v.id DESC", Venue.class)
                .setParameter("manager", manager.name())
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList().stream().map(this::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countMine(Caller manager) {
        return em.createQuery("SELECT COUNT(v) FROM Venue v WHERE v.manager = :manager", Long.class)
                .setParameter("manager", manager.name()).getSingleResult();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<List<HistoryStep>> history(Caller manager, long id) {
        return own(manager, id).map(venue -> em.createQuery(
                        "SELECT e FROM ReviewEvent e WHERE e.place.venueId = :venue ORDER BY e.id", ReviewEvent.class)
                .setParameter("venue", venue.getId()).getResultList().stream().map(HistoryStep::of).toList());
    }

    private Optional<Venue> own(Caller manager, long id) {
        manager.require(Roles.VENUE_MANAGER);
        return Optional.ofNullable(em.find(Venue.class, id)).filter(v -> v.getManager().equals(manager.name()));
    }

    /** Locked until the change commits, so that an officer's decision and the manager's edit never interleave. */
    private Optional<Venue> ownForChange(Caller manager, long id) {
        manager.require(Roles.VENUE_MANAGER);
        return Optional.ofNullable(em.find(Venue.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(v -> v.getManager().equals(manager.name()));
    }

    /** The rules of submission as field problems, so that the clerk sees every missing field at once. */
    void requireComplete(VenueForm form) {
        Set<ConstraintViolation<VenueForm>> missing = validator.validate(form, VenueForm.Complete.class);
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(v -> new InvalidInput.FieldProblem(v.getPropertyPath().toString(),
                            ModuleText.validation("sites.validation.requiredForSubmission")))
                    .toList());
        }
    }

    VenueDetails details(VenueForm form) {
        return VenueDetails.builder().name(form.getName()).categoryCode(form.getCategoryCode())
                .districtCode(form.getDistrictCode()).streetCode(form.getStreetCode()).address(form.getAddress())
                .location(form.getLatitude(), form.getLongitude()).operatorName(form.getOperatorName())
                .operatorCreditCode(form.getOperatorCreditCode())
                .sealedResponsiblePerson(
                        personalData.sealIfPresent(form.getResponsiblePerson(), RESPONSIBLE_PERSON_COLUMN))
                .sealedContactMobile(personalData.sealIfPresent(form.getContactMobile(), MOBILE_COLUMN))
                .entrances(form.getEntrances()).expectedDailyVisitors(form.getExpectedDailyVisitors()).build();
    }

    /** The manager's own venue: the only view with the responsible person and the mobile in clear. */
    private VenueView view(Venue venue) {
        VenueDetails d = venue.forEditing();
        return VenueView.of(venue,
                personalData.openIfPresent(d.getSealedResponsiblePerson(), RESPONSIBLE_PERSON_COLUMN),
                personalData.openIfPresent(d.getSealedContactMobile(), MOBILE_COLUMN));
    }

    private void recordSubmission(Caller manager, Venue venue, Instant now, String action) {
        em.persist(new ReviewEvent(venue, ReviewEventKind.SUBMITTED, null, manager.name(), now));
        auditTrail.record(AuditRecord.success(action, "venue", String.valueOf(venue.getId())));
    }
}
