package org.sitepass.tracing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sitepass.platform.AuditOutcome;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.Roles;
import org.sitepass.residents.ResidentRef;
import org.sitepass.residents.Residents;
import org.sitepass.tracing.TracingTexts;
import org.sitepass.tracing.entity.CaseStatus;
import org.sitepass.tracing.entity.TracingCase;

/**
 * A tracer's cases: registered from the person's document (found by the residents module's blind index and never
 * kept here), found, listed and closed. Tracers see every case of the city; nobody else sees any.
 */
@ApplicationScoped
@Transactional
public class Cases {

    static final String OBJECT_TYPE = "tracing_case";

    @PersistenceContext
    EntityManager em;

    @Inject
    Residents residents;

    @Inject
    CaseNumbers numbers;

    @Inject
    AuditTrail audit;

    /**
     * Registers a case. A person has one open case at a time: a second registration is refused with the open one's
     * reference, so that two tracers do not trace the same person apart.
     *
     * @throws InvalidInput naming the field: a malformed document, a person the registry does not know, a date ahead
     */
    public TracingCase register(Caller tracer, CaseForm form) {
        tracer.require(Roles.TRACER);
        LocalDate today = LocalDate.now(CityTime.ZONE);
        form.check(today);
        ResidentRef person = residents.byDocument(form.getDocumentType(), form.getDocumentNumber())
                .orElseThrow(() -> InvalidInput.of("documentNumber", TracingTexts.text("tracing.cases.unknownPerson")));
        openCaseOf(person).ifPresent(open -> {
            throw TracingTexts.conflict("case", "tracing.cases.refused.openCase", open.getReference());
        });
        Instant now = CityTime.now();
        TracingCase registered = TracingCase.open(numbers.next(today), person, form.getSampledOn(),
                form.getOnsetOn(), form.getSource(), form.strippedNote(), tracer.name(), now);
        em.persist(registered);
        audit.record(new AuditRecord("TRACING_CASE_REGISTERED", OBJECT_TYPE, person.value(),
                registered.getReference(), AuditOutcome.SUCCESS));
        return registered;
    }

    /** @throws UnknownCase when no case has the id */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TracingCase find(long id) {
        return Optional.ofNullable(em.find(TracingCase.class, id)).orElseThrow(() -> new UnknownCase(id));
    }

    /** The case for a tracer's request; anyone else is refused, whatever page or path they came by. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TracingCase find(Caller tracer, long id) {
        tracer.require(Roles.TRACER);
        return find(id);
    }

    public TracingCase close(Caller tracer, long id) {
        tracer.require(Roles.TRACER);
        TracingCase closing = Optional.ofNullable(em.find(TracingCase.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new UnknownCase(id));
        closing.close(CityTime.now());
        audit.record(new AuditRecord("TRACING_CASE_CLOSED", OBJECT_TYPE, closing.getReference(),
                closing.getReference(), AuditOutcome.SUCCESS));
        return closing;
    }

    /** Cases newest first, of one status or all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TracingCase> page(Caller tracer, CaseStatus status, int first, int size) {
        tracer.require(Roles.TRACER);
        return filtered("SELECT c FROM TracingCase c", " ORDER BY c.openedAt DESC, c.id DESC", status,
                TracingCase.class).setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(Caller tracer, CaseStatus status) {
        tracer.require(Roles.TRACER);
        return filtered("SELECT COUNT(c) FROM TracingCase c", "", status, Long.class).getSingleResult();
    }

    /** The case as shown, its person by masked name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseView view(TracingCase tracingCase) {
        return views(List.of(tracingCase)).get(0);
    }

    /** Cases as shown, their people's names masked in one call. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseView> views(List<TracingCase> shown) {
        Map<ResidentRef, String> names = residents.maskedNames(shown.stream().map(TracingCase::getResident)
                .collect(Collectors.toSet()));
        return shown.stream().map(c -> CaseView.of(c, names.get(c.getResident()))).toList();
    }

    private Optional<TracingCase> openCaseOf(ResidentRef person) {
        return em.createQuery("SELECT c FROM TracingCase c WHERE c.residentRef = :person AND c.status = :open",
                        TracingCase.class)
                .setParameter("person", person.value()).setParameter("open", CaseStatus.OPEN)
                .getResultList().stream().findFirst();
    }

    private <T> TypedQuery<T> filtered(String select, String order, CaseStatus status, Class<T> type) {
        TypedQuery<T> query = em.createQuery(select + (status == null ? "" : " WHERE c.status = :status") + order,
                type);
        return status == null ? query : query.setParameter("status", status);
    }
}
