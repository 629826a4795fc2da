package org.sitepass.tracing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sitepass.platform.AuditOutcome;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.Languages;
import org.sitepass.platform.ModuleText;
import org.sitepass.platform.Page;
import org.sitepass.platform.Reason;
import org.sitepass.platform.RequestRefused;
import org.sitepass.platform.Roles;
import org.sitepass.platform.StoredTime;
import org.sitepass.residents.NoticeRequest;
import org.sitepass.residents.NoticesPlaced;
import org.sitepass.residents.ResidentRef;
import org.sitepass.residents.Residents;
import org.sitepass.sites.Sites;
import org.sitepass.sites.VenueRef;
import org.sitepass.tracing.TracingTexts;
import org.sitepass.tracing.entity.Exposure;
import org.sitepass.tracing.entity.ExposureStatus;
import org.sitepass.tracing.entity.ExposureWindow;

/**
 * Exposures of venues: a tracer marks one, and the people the pass records put there in the window are found in the
 * same transaction, and again as offline devices upload late records ({@link ExposureSearch}), then told in small
 * batches after it commits ({@link ExposureNotifier}), so that telling thousands holds no long transaction; a
 * correction and a withdrawal change the exposure in the tracer's request and reach the notices of everyone told after
 * it commits, batch by batch by notice id, through the residents module. A venue's manager sees their venues'
 * exposures, never who was there.
 */
@ApplicationScoped
@Transactional
public class Exposures {

    static final String AUDIT_OBJECT = "exposure";
    static final String MARKED = "EXPOSURE_MARKED";
    static final String CORRECTED = "EXPOSURE_CORRECTED";
    static final String WITHDRAWN = "EXPOSURE_WITHDRAWN";
    /** People told in one transaction: a few hundred rows of notices, messages and audit entries. */
    static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(Exposures.class.getName());
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(CityTime.ZONE);

    static final String OVERLAPPING = "SELECT id FROM tracing_exposure WHERE venue_id = ? AND status = ?"
            + " AND starts_at < ? AND ends_at > ? FOR UPDATE";
    @PersistenceContext
    EntityManager em;

    @Inject
    ExposurePeopleSearch people;

    @Inject
    Sites sites;

    @Inject
    Residents residents;

    @Inject
    AuditTrail auditTrail;

    @Inject
    RetentionPeriod retention;

    /** How long after its window an exposure's notices stand on the pages, and the venue's manager sees it. */
    @Inject
    @ConfigProperty(name = "sitepass.tracing.exposure-notice-period", defaultValue = "P14D")
    Duration noticePeriod;

    @Inject
    Event<ExposureMarked> marked;

    @Inject
    Event<ExposureChanged> changed;

    public ExposureView mark(Caller tracer, ExposureForm form) {
        tracer.require(Roles.TRACER);
        VenueRef venue = venueOf(form);
        Instant now = CityTime.now();
        ExposureWindow window = ExposureWindow.of(instant("from", form.getFrom()), instant("to", form.getTo()), now,
                retention.firstKept(LocalDate.ofInstant(now, CityTime.ZONE)));
        refuseOverlapping(venue.id(), window);
        String text = blank(form.getText()) ? standardText(venue, window)
                : Reason.typed(form.getText()).orElseThrow(() -> InvalidInput.of("text", Reason.RULE));
        Exposure exposure = Exposure.mark(venue.id(), window, blankToNull(form.getCaseReference()),
                blankToNull(form.getNote()), text, tracer.name(), now);
        em.persist(exposure);
        em.flush();
        people.search(exposure, now);
        audit(MARKED, exposure);
        marked.fire(new ExposureMarked(exposure.id()));
        return ExposureView.of(exposure, venue.name());
    }

    /**
     * Tells the next batch of the exposure's people, in a transaction of its own; answers how many it told, 0 when
     * nobody is left. A withdrawn exposure tells nobody more and forgets who was left.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int tellNext(long exposureId) {
        Exposure exposure = em.find(Exposure.class, exposureId, LockModeType.PESSIMISTIC_WRITE);
        if (exposure == null) {
            return 0;
        }
        if (!exposure.isActive()) {
            forgetPending(exposureId);
            return 0;
        }
        @SuppressWarnings("unchecked") // a native query of one column answers its values
        List<String> batch = em.createNativeQuery("SELECT resident_ref FROM tracing_exposure_pending"
                        + " WHERE exposure_id = ? AND told_at IS NULL ORDER BY resident_ref LIMIT ?")
                .setParameter(1, exposureId).setParameter(2, BATCH).getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        NoticesPlaced placed = residents.notifyAll(batch.stream().map(ResidentRef::new).toList(),
                NoticeRequest.EXPOSURE, exposure.noticeText(), exposure.reference(), exposure.createdBy(),
                exposure.window().to().plus(noticePeriod));
        if (placed.failed() > 0) {
            LOG.log(Level.WARNING, "exposure {0}: {1} people could not be told and are passed over",
                    new Object[] {exposureId, placed.failed()});
        }
        em.createNativeQuery("UPDATE tracing_exposure_pending SET told_at = ?"
                        + " WHERE exposure_id = ? AND told_at IS NULL AND resident_ref <= ?")
                .setParameter(1, StoredTime.of(CityTime.now())).setParameter(2, exposureId)
                .setParameter(3, batch.get(batch.size() - 1)).executeUpdate();
        exposure.told(placed.placed());
        return batch.size();
    }

    /**
     * The exposures whose people are still being told, for a sweep after a restart; in the class's transaction, as a
     * scheduled task's reads must be ({@link org.sitepass.platform.PeriodicTask}).
     */
    public List<Long> withPeopleWaiting() {
        @SuppressWarnings("unchecked") // a native query of one column answers its values
        List<Number> ids = em.createNativeQuery("SELECT DISTINCT exposure_id FROM tracing_exposure_pending"
                        + " WHERE told_at IS NULL")
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** A new text for the notices, on the pages of everyone told and sent to them again once this commits. */
    public Optional<ExposureView> correct(Caller tracer, long id, String text) {
        tracer.require(Roles.TRACER);
        String readable = Reason.typed(text).orElseThrow(() -> InvalidInput.of("text", Reason.RULE));
        return locked(id).map(exposure -> {
            exposure.correct(readable, tracer.name(), CityTime.now());
            audit(CORRECTED, exposure);
            changed.fire(new ExposureChanged(exposure.id()));
            return view(exposure);
        });
    }

    /** Takes the notices off everyone's pages once this commits; people not told yet are not told. */
    public Optional<ExposureView> withdraw(Caller tracer, long id) {
        tracer.require(Roles.TRACER);
        return locked(id).map(exposure -> {
            exposure.withdraw(tracer.name(), CityTime.now());
            forgetPending(id);
            audit(WITHDRAWN, exposure);
            changed.fire(new ExposureChanged(exposure.id()));
            return view(exposure);
        });
    }

    /**
     * Brings the next batch of the exposure's notices to the exposure as it stands now, in a transaction of its own:
     * withdrawn, or with its latest text. Answers whether notices may be left; a change meanwhile starts over.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean reviseNext(long exposureId) {
        Exposure exposure = em.find(Exposure.class, exposureId, LockModeType.PESSIMISTIC_WRITE);
        if (exposure == null || exposure.revisedTo().isEmpty()) {
            return false;
        }
        long after = exposure.revisedTo().getAsLong();
        long last = exposure.isActive()
                ? residents.correctNotices(exposure.reference(), exposure.noticeText(), exposure.correctedBy(),
                        after, BATCH)
                : residents.withdrawNotices(exposure.reference(), exposure.withdrawnBy(), after, BATCH);
        exposure.revisedTo(last);
        return last > 0;
    }

    /**
     * The exposures whose notices wait for a correction or a withdrawal, for a sweep after a restart; in the class's
     * transaction, as a scheduled task's reads must be ({@link org.sitepass.platform.PeriodicTask}).
     */
    public List<Long> withNoticesToRevise() {
        return em.createQuery("SELECT e.id FROM Exposure e WHERE e.revisedTo IS NOT NULL", Long.class)
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ExposureView> find(Caller tracer, long id) {
        tracer.require(Roles.TRACER);
        return Optional.ofNullable(em.find(Exposure.class, id)).map(this::view);
    }

    /** The city's exposures, newest first, of one status or all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ExposureView> list(Caller tracer, ExposureStatus status, int page, int size) {
        tracer.require(Roles.TRACER);
        String where = status == null ? "" : " WHERE e.status = :status";
        var query = em.createQuery("SELECT e FROM Exposure e" + where + " ORDER BY e.createdAt DESC, e.id DESC",
                Exposure.class).setFirstResult(page * size).setMaxResults(size);
        var count = em.createQuery("SELECT COUNT(e) FROM Exposure e" + where, Long.class);
        if (status != null) {
            query.setParameter("status", status);
            count.setParameter("status", status);
        }
        List<Exposure> found = query.getResultList();
        Map<Long, VenueRef> venues = sites.venues(found.stream().map(Exposure::venueId).distinct().toList());
        return new Page<>(found.stream().map(e -> ExposureView.of(e, nameOf(venues, e.venueId()))).toList(),
                count.getSingleResult(), page, size);
    }

    /**
     * The active exposures of the venues the caller manages whose notices still stand, newest window first: when,
     * and what visitors were told.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VenueExposure> atVenuesOf(Caller manager) {
        manager.require(Roles.VENUE_MANAGER);
        List<Long> managed = sites.venueIdsManagedBy(manager.name());
        return managed.isEmpty() ? List.of() : atVenuesOf(manager, List.copyOf(sites.venues(managed).values()));
    }

    /** The same, for venues the page has already found the caller manages; anyone else's are left out. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VenueExposure> atVenuesOf(Caller manager, List<VenueRef> venues) {
        manager.require(Roles.VENUE_MANAGER);
        Map<Long, VenueRef> managed = venues.stream().filter(v -> manager.name().equals(v.manager()))
                .collect(Collectors.toMap(VenueRef::id, v -> v, (a, b) -> a));
        if (managed.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM Exposure e WHERE e.venueId IN :venues AND e.status = :active"
                        + " AND e.endsAt > :shownAfter ORDER BY e.startsAt DESC", Exposure.class)
                .setParameter("venues", List.copyOf(managed.keySet()))
                .setParameter("active", ExposureStatus.ACTIVE)
                .setParameter("shownAfter", CityTime.now().minus(noticePeriod)).getResultStream()
                .map(e -> VenueExposure.of(e, nameOf(managed, e.venueId()))).toList();
    }

    /** The text people read when the tracer writes none: the venue and the window, and to get tested. */
    static String standardText(VenueRef venue, ExposureWindow window) {
        return TracingTexts.text("tracing.exposure.standardText", venue.name(), SHOWN.format(window.from()),
                SHOWN.format(window.to())).in(Languages.CHINESE);
    }

    /** A UTC time in the form's text; the form's pattern has let through only that shape. */
    static Instant instant(String field, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException impossible) {
            throw InvalidInput.of(field, ModuleText.validation("sitepass.validation.instant"));
        }
    }

    private VenueRef venueOf(ExposureForm form) {
        Optional<VenueRef> venue = form.getVenueId() != null ? sites.venue(form.getVenueId())
                : blank(form.getCodeNumber()) ? Optional.empty() : sites.venueWithCode(form.getCodeNumber().strip());
        return venue.orElseThrow(() -> InvalidInput.of(form.getVenueId() == null ? "codeNumber" : "venueId",
                TracingTexts.text("tracing.exposure.venueUnknown")));
    }

    /**
     * One active exposure of a venue at a time: a second overlapping one would tell everyone again. Reading the venue's
     * active exposures for update locks them and the gap after them, so that two tracers marking the venue at once
     * take turns and the second sees the first.
     */
    private void refuseOverlapping(long venueId, ExposureWindow window) {
        List<?> overlapping = em.createNativeQuery(OVERLAPPING)
                .setParameter(1, venueId)
                .setParameter(2, ExposureStatus.ACTIVE.name())
                .setParameter(3, StoredTime.of(window.to()))
                .setParameter(4, StoredTime.of(window.from()))
                .getResultList();
        RequestRefused.unless(overlapping.isEmpty(),
                () -> TracingTexts.conflict("exposure", "tracing.exposure.refused.overlapping"));
    }

    private Optional<Exposure> locked(long id) {
        return Optional.ofNullable(em.find(Exposure.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    private void forgetPending(long exposureId) {
        em.createNativeQuery("DELETE FROM tracing_exposure_pending WHERE exposure_id = ?")
                .setParameter(1, exposureId).executeUpdate();
    }

    private ExposureView view(Exposure exposure) {
        return ExposureView.of(exposure, sites.venue(exposure.venueId()).map(VenueRef::name).orElse(null));
    }

    private void audit(String action, Exposure exposure) {
        auditTrail.record(new AuditRecord(action, AUDIT_OBJECT, String.valueOf(exposure.id()),
                exposure.caseReference() == null ? exposure.reference() : exposure.caseReference(),
                AuditOutcome.SUCCESS));
    }

    private static String nameOf(Map<Long, VenueRef> venues, long venueId) {
        VenueRef venue = venues.get(venueId);
        return venue == null ? null : venue.name();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return blank(text) ? null : text.strip();
    }
}
