package org.sitepass.tracing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.sitepass.platform.AuditOutcome;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.Languages;
import org.sitepass.platform.PersonalData;
import org.sitepass.platform.RequestRefused;
import org.sitepass.platform.Roles;
import org.sitepass.residents.Colour;
import org.sitepass.residents.HoldRequest;
import org.sitepass.residents.NoticeRequest;
import org.sitepass.residents.ResidentRef;
import org.sitepass.residents.Residents;
import org.sitepass.tracing.TracingTexts;
import org.sitepass.tracing.entity.Assessment;
import org.sitepass.tracing.entity.CaseStatus;
import org.sitepass.tracing.entity.Contact;
import org.sitepass.tracing.entity.TracingCase;

/**
 * A case's contacts and their handling, for tracers only. Assessing someone as a close (secondary) contact places a
 * red (yellow) hold on their code for the case, which the health feed cannot lift, and tells them why on their
 * health-code page and by message; a changed assessment or the release lifts it. Residents is in-process and writes in
 * this transaction, so a refused step leaves neither hold nor notice, and the message leaves only after the commit.
 */
@ApplicationScoped
@Transactional
public class Contacts {

    static final String OBJECT_TYPE = "tracing_contact";
    /** The column the isolation place is sealed for. */
    static final String PLACE = "tracing_contact.place_sealed";

    @PersistenceContext
    EntityManager em;

    @Inject
    Residents residents;

    @Inject
    PersonalData personalData;

    @Inject
    AuditTrail audit;

    /**
     * Adds a person to an open case as a contact, with their household district as the registry has it now.
     *
     * @throws InvalidInput naming {@code person}: the case's own person, or someone the registry does not know
     */
    public Optional<ContactEntry> add(Caller tracer, long caseId, ContactForm form) {
        tracer.require(Roles.TRACER);
        return caseOf(em, caseId).map(tracingCase -> add(tracer, tracingCase, form));
    }

    private ContactEntry add(Caller tracer, TracingCase tracingCase, ContactForm form) {
        long caseId = tracingCase.getId();
        RequestRefused.unless(tracingCase.getStatus() == CaseStatus.OPEN,
                () -> TracingTexts.conflict("case", "tracing.contact.refused.caseClosed"));
        ResidentRef person = new ResidentRef(form.getPerson());
        if (person.equals(tracingCase.getResident())) {
            throw InvalidInput.of("person", TracingTexts.text("tracing.contact.caseItself"));
        }
        Map<ResidentRef, String> districts = residents.districtsOf(List.of(person));
        if (!districts.containsKey(person)) {
            throw InvalidInput.of("person", TracingTexts.text("tracing.contact.unknownPerson"));
        }
        RequestRefused.unless(existing(caseId, person).isEmpty(),
                () -> TracingTexts.conflict("contact", "tracing.contact.refused.duplicate"));
        Contact contact = Contact.identify(caseId, person.value(), districts.get(person), form.getVisit(),
                tracer.name(), CityTime.now());
        em.persist(contact);
        em.flush();
        audited("TRACING_CONTACT_IDENTIFIED", contact, tracingCase);
        return entry(contact, tracingCase);
    }

    public Optional<ContactEntry> notify(Caller tracer, long caseId, long contactId) {
        return step(tracer, caseId, contactId, "TRACING_CONTACT_NOTIFIED",
                (contact, tracingCase) -> contact.notified(tracer.name(), CityTime.now()));
    }

    /**
     * Judges a contact. A close or secondary contact's code is held for the case and the person told; a judgement
     * that changes one first lifts the hold and withdraws the notice it replaces.
     */
    public Optional<ContactEntry> assess(Caller tracer, long caseId, long contactId, AssessmentForm form) {
        return step(tracer, caseId, contactId, "TRACING_CONTACT_ASSESSED", (contact, tracingCase) -> {
            boolean held = contact.isHeld();
            contact.assess(form.getAssessment(), form.getNote(), tracer.name(), CityTime.now());
            if (held) {
                unhold(contact, tracingCase, tracer);
            }
            if (contact.isHeld()) {
                hold(contact, tracingCase, tracer);
            }
        });
    }

    public Optional<ContactEntry> transfer(Caller tracer, long caseId, long contactId, TransferForm form) {
        return step(tracer, caseId, contactId, "TRACING_CONTACT_TRANSFERRED",
                (contact, tracingCase) -> contact.transfer(form.getIsolation(),
                        personalData.seal(form.getPlace(), PLACE), tracer.name(), CityTime.now()));
    }

    /** Ends a contact's handling; a held code is released and the notice leaves the person's page. */
    public Optional<ContactEntry> release(Caller tracer, long caseId, long contactId, String reason) {
        return step(tracer, caseId, contactId, "TRACING_CONTACT_RELEASED", (contact, tracingCase) -> {
            boolean held = contact.isHeld();
            contact.release(reason, tracer.name(), CityTime.now());
            if (held) {
                unhold(contact, tracingCase, tracer);
            }
        });
    }

    /** One contact of a case with its steps; its isolation place is opened for the tracer, which is audited. */
    public Optional<ContactView> find(Caller tracer, long caseId, long contactId) {
        tracer.require(Roles.TRACER);
        return ofCase(caseId, contactId, LockModeType.NONE).map(contact -> {
            TracingCase tracingCase = em.find(TracingCase.class, caseId);
            String place = personalData.openIfPresent(contact.getPlaceSealed(), PLACE);
            if (place != null) {
                audited("TRACING_CONTACT_PLACE_READ", contact, tracingCase);
            }
            return new ContactView(entry(contact, tracingCase), place,
                    contact.getSteps().stream().map(ContactView.Step::of).toList());
        });
    }

    /** A page of contacts, the latest changed first, with masked names read in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ContactEntry> page(Caller tracer, ContactQuery query) {
        tracer.require(Roles.TRACER);
        List<Contact> contacts = filtered(query, "SELECT c FROM Contact c", null, " ORDER BY c.updatedAt DESC, c.id DESC",
                Contact.class).setFirstResult(query.first()).setMaxResults(query.size()).getResultList();
        return entries(contacts);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(Caller tracer, ContactQuery query) {
        tracer.require(Roles.TRACER);
        return filtered(query, "SELECT COUNT(c) FROM Contact c", null, "", Long.class).getSingleResult();
    }

    /** The counts of the contacts a query finds, per case (by reference), the latest case first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ContactCount> countsByCase(Caller tracer, ContactQuery query) {
        tracer.require(Roles.TRACER);
        return ContactCount.tally(filtered(query, "SELECT k.reference, c.status, c.assessment, COUNT(c)"
                + " FROM Contact c, TracingCase k", "k.id = c.caseId", " GROUP BY k.id, k.reference, c.status,"
                + " c.assessment ORDER BY k.id DESC", Object[].class).getResultList());
    }

    /** The counts of the contacts a query finds, per household district. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ContactCount> countsByDistrict(Caller tracer, ContactQuery query) {
        tracer.require(Roles.TRACER);
        return ContactCount.tally(filtered(query, "SELECT c.districtCode, c.status, c.assessment, COUNT(c)"
                + " FROM Contact c", null, " GROUP BY c.districtCode, c.status, c.assessment ORDER BY c.districtCode",
                Object[].class).getResultList());
    }

    /** A step on one contact of a case, under the contact's row lock, audited with the case as its purpose. */
    private Optional<ContactEntry> step(Caller tracer, long caseId, long contactId, String action,
                                        BiConsumer<Contact, TracingCase> change) {
        tracer.require(Roles.TRACER);
        return ofCase(caseId, contactId, LockModeType.PESSIMISTIC_WRITE).map(contact -> {
            TracingCase tracingCase = em.find(TracingCase.class, caseId);
            change.accept(contact, tracingCase);
            audited(action, contact, tracingCase);
            return entry(contact, tracingCase);
        });
    }

    private void hold(Contact contact, TracingCase tracingCase, Caller tracer) {
        Assessment assessment = contact.getAssessment();
        String told = told(assessment);
        ResidentRef person = new ResidentRef(contact.getResidentRef());
        residents.placeHold(new HoldRequest(person, assessment == Assessment.CLOSE_CONTACT ? Colour.RED : Colour.YELLOW,
                assessment.name(), told, tracingCase.getReference(), tracer.name()));
        residents.notify(new NoticeRequest(person, assessment.name(), told, noticeFor(contact, tracingCase),
                tracer.name()));
    }

    private void unhold(Contact contact, TracingCase tracingCase, Caller tracer) {
        residents.liftHolds(new ResidentRef(contact.getResidentRef()), tracingCase.getReference(), tracer.name());
        withdrawNotice(contact, tracingCase, tracer.name());
    }

    /** A contact's notice is placed for the contact alone, and a re-assessment replaces it: one active at most. */
    static void withdrawNotice(Residents residents, Contact contact, TracingCase tracingCase, String by) {
        residents.withdrawNotices(noticeFor(contact, tracingCase), by, 0, 1);
    }

    private void withdrawNotice(Contact contact, TracingCase tracingCase, String by) {
        withdrawNotice(residents, contact, tracingCase, by);
    }

    /** What the person reads on their code and in the message: in the city's language, the one text a hold keeps. */
    static String told(Assessment assessment) {
        return TracingTexts.text("tracing.contact.told." + assessment.name()).in(Languages.CHINESE);
    }

    /**
     * What a contact's notice is placed for: the case, and the contact within it, so that releasing one person takes
     * their notice alone off their page.
     */
    static String noticeFor(Contact contact, TracingCase tracingCase) {
        return tracingCase.getReference() + "#" + contact.getId();
    }

    /** The case of a request, if there is one: a contact's foreign key keeps it there while the contact is. */
    static Optional<TracingCase> caseOf(EntityManager em, long caseId) {
        return Optional.ofNullable(em.find(TracingCase.class, caseId));
    }

    private Optional<Contact> ofCase(long caseId, long contactId, LockModeType lock) {
        return Optional.ofNullable(em.find(Contact.class, contactId, lock)).filter(c -> c.getCaseId() == caseId);
    }

    private Optional<Contact> existing(long caseId, ResidentRef person) {
        return em.createQuery("SELECT c FROM Contact c WHERE c.caseId = :case AND c.residentRef = :person",
                        Contact.class).setParameter("case", caseId).setParameter("person", person.value())
                .getResultList().stream().findFirst();
    }

    private ContactEntry entry(Contact contact, TracingCase tracingCase) {
        ResidentRef person = new ResidentRef(contact.getResidentRef());
        return ContactEntry.of(contact, tracingCase.getReference(),
                residents.maskedNames(List.of(person)).get(person));
    }

    private List<ContactEntry> entries(List<Contact> contacts) {
        if (contacts.isEmpty()) {
            return List.of();
        }
        Map<ResidentRef, String> names = residents.maskedNames(contacts.stream()
                .map(c -> new ResidentRef(c.getResidentRef())).collect(Collectors.toSet()));
        Set<Long> caseIds = contacts.stream().map(Contact::getCaseId).collect(Collectors.toSet());
        Map<Long, String> references = em.createQuery("SELECT k FROM TracingCase k WHERE k.id IN :ids",
                        TracingCase.class).setParameter("ids", caseIds).getResultList().stream()
                .collect(Collectors.toMap(TracingCase::getId, TracingCase::getReference));
        return contacts.stream().map(c -> ContactEntry.of(c, references.get(c.getCaseId()),
                names.get(new ResidentRef(c.getResidentRef())))).toList();
    }

    private void audited(String action, Contact contact, TracingCase tracingCase) {
        audit.record(new AuditRecord(action, OBJECT_TYPE, String.valueOf(contact.getId()),
                tracingCase.getReference(), AuditOutcome.SUCCESS));
    }

    /** The query with the filters that are set, and {@code join} (a condition that ties another entity) if any. */
    private <T> TypedQuery<T> filtered(ContactQuery query, String select, String join, String tail, Class<T> type) {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("caseId", query.caseId());
        filters.put("status", query.status());
        filters.put("assessment", query.assessment());
        filters.put("districtCode", query.districtCode());
        filters.values().removeIf(Objects::isNull);
        List<String> conditions = new ArrayList<>();
        if (join != null) {
            conditions.add(join);
        }
        filters.keySet().forEach(field -> conditions.add("c." + field + " = :" + field));
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<T> typed = em.createQuery(select + where + tail, type);
        filters.forEach(typed::setParameter);
        return typed;
    }
}
