package org.sitepass.tracing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.Caller;
import org.sitepass.platform.NotPermitted;
import org.sitepass.platform.PersonalData;
import org.sitepass.platform.Reason;
import org.sitepass.platform.RequestRefused;
import org.sitepass.platform.Roles;
import org.sitepass.residents.HoldRequest;
import org.sitepass.residents.NoticeRequest;
import org.sitepass.residents.ResidentRef;
import org.sitepass.residents.Residents;
import org.sitepass.tracing.entity.Assessment;
import org.sitepass.tracing.entity.CaseReference;
import org.sitepass.tracing.entity.Contact;
import org.sitepass.tracing.entity.Isolation;
import org.sitepass.tracing.entity.TracingCase;

/**
 * What an assessment does to the person's code and page: a close contact red, a secondary contact yellow, each with a
 * notice; a changed assessment swaps them; the release takes them away; a refused step touches nothing.
 */
class ContactsTest {

    private static final Caller TRACER = new Caller("tracer1", Set.of(Roles.TRACER), null);
    private static final ResidentRef PERSON = new ResidentRef("abcdefghijklmnopqrstuv");
    private static final String REFERENCE = "TC-20261204-0007";

    private final List<String> calls = new ArrayList<>();
    private final List<AuditRecord> audited = new ArrayList<>();
    private final Contacts contacts = new Contacts();
    private Contact contact;
    private TracingCase tracingCase;

    @BeforeEach
    void wire() throws ReflectiveOperationException {
        tracingCase = TracingCase.open(new CaseReference(REFERENCE), new ResidentRef("zzzzzzzzzzzzzzzzzzzzzz"),
                LocalDate.of(2026, 12, 3), null, "LAB-1", null, "tracer1", Instant.now());
        setId(tracingCase, 7L);
        contact = Contact.identify(7, PERSON.value(), "310109", null, "tracer1", Instant.now());
        setId(contact, 42L);
        contacts.em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {EntityManager.class}, (self, method, args) -> {
                    if (method.getName().equals("find")) {
                        return args[0] == Contact.class ? (args[1].equals(42L) ? contact : null) : tracingCase;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        contacts.residents = new Residents() {
            @Override
            public long placeHold(HoldRequest request) {
                calls.add("hold " + request.colour() + " " + request.reasonCode() + " for " + request.placedFor());
                assertTrue(request.reason().contains("接触者"), request.reason());
                return 1;
            }

            @Override
            public int liftHolds(ResidentRef person, String placedFor, String liftedBy) {
                calls.add("lift for " + placedFor);
                return 1;
            }

            @Override
            public long notify(NoticeRequest request) {
                calls.add("notice " + request.kind() + " for " + request.placedFor());
                return 1;
            }

            @Override
            public long withdrawNotices(String placedFor, String by, long afterId, int limit) {
                calls.add("withdraw " + placedFor);
                return 0;
            }

            @Override
            public Map<ResidentRef, String> maskedNames(Collection<ResidentRef> people) {
                return Map.of(PERSON, "张*");
            }
        };
        contacts.personalData = new PersonalData() {
            @Override
            public String seal(String plaintext, String column) {
                return "sealed:" + plaintext;
            }
        };
        contacts.audit = new AuditTrail() {
            @Override
            public void record(AuditRecord record) {
                audited.add(record);
            }
        };
    }

    @Test
    void aCloseContactIsHeldRedAndToldForTheCase() {
        notified();
        contacts.assess(TRACER, 7, 42, assessment(Assessment.CLOSE_CONTACT));
        assertEquals(List.of("hold RED CLOSE_CONTACT for " + REFERENCE, "notice CLOSE_CONTACT for " + REFERENCE + "#42"),
                calls);
        assertEquals("TRACING_CONTACT_ASSESSED", audited.get(audited.size() - 1).action());
        assertEquals(REFERENCE, audited.get(audited.size() - 1).purpose());
    }

    @Test
    void aSecondaryContactIsHeldYellow() {
        notified();
        contacts.assess(TRACER, 7, 42, assessment(Assessment.SECONDARY_CONTACT));
        assertEquals("hold YELLOW SECONDARY_CONTACT for " + REFERENCE, calls.get(0));
    }

    @Test
    void aChangedAssessmentLiftsTheHoldAndNoticeItReplaces() {
        notified();
        contacts.assess(TRACER, 7, 42, assessment(Assessment.SECONDARY_CONTACT));
        calls.clear();
        contacts.assess(TRACER, 7, 42, assessment(Assessment.CLOSE_CONTACT));
        assertEquals(List.of("lift for " + REFERENCE, "withdraw " + REFERENCE + "#42",
                "hold RED CLOSE_CONTACT for " + REFERENCE, "notice CLOSE_CONTACT for " + REFERENCE + "#42"), calls);
        calls.clear();
        contacts.assess(TRACER, 7, 42, assessment(Assessment.CLEARED));
        assertEquals(List.of("lift for " + REFERENCE, "withdraw " + REFERENCE + "#42"), calls, "cleared: no hold");
    }

    @Test
    void aClearedContactIsNeitherHeldNorTold() {
        notified();
        contacts.assess(TRACER, 7, 42, assessment(Assessment.CLEARED));
        assertEquals(List.of(), calls);
    }

    @Test
    void theReleaseLiftsTheHoldAndWithdrawsTheNotice() {
        notified();
        contacts.assess(TRACER, 7, 42, assessment(Assessment.CLOSE_CONTACT));
        TransferForm transfer = new TransferForm();
        transfer.setIsolation(Isolation.HOME_ISOLATION);
        transfer.setPlace("四川北路 1 号");
        contacts.transfer(TRACER, 7, 42, transfer);
        assertEquals("sealed:四川北路 1 号", contact.getPlaceSealed());
        calls.clear();
        contacts.release(TRACER, 7, 42, "隔离期满");
        assertEquals(List.of("lift for " + REFERENCE, "withdraw " + REFERENCE + "#42"), calls);
    }

    @Test
    void aRefusedStepPlacesNothing() {
        assertThrows(RequestRefused.class, () -> contacts.assess(TRACER, 7, 42, assessment(Assessment.CLOSE_CONTACT)));
        assertEquals(List.of(), calls);
        assertEquals(List.of(), audited);
    }

    @Test
    void aContactOfAnotherCaseIsNotFoundThroughThisOne() {
        assertTrue(contacts.notify(TRACER, 8, 42).isEmpty());
        assertTrue(contacts.notify(TRACER, 7, 43).isEmpty());
    }

    @Test
    void onlyATracerHandlesContacts() {
        Caller officer = new Caller("officer1", Set.of(Roles.OFFICER), "310109");
        assertThrows(NotPermitted.class, () -> contacts.notify(officer, 7, 42));
        assertThrows(NotPermitted.class, () -> contacts.release(officer, 7, 42, "x"));
    }

    @Test
    void thePersonReadsWhyInPlainWordsAHoldTakes() {
        for (Assessment held : List.of(Assessment.CLOSE_CONTACT, Assessment.SECONDARY_CONTACT)) {
            assertTrue(Reason.typed(Contacts.told(held)).isPresent(), held.name());
        }
    }

    private void notified() {
        contacts.notify(TRACER, 7, 42);
        calls.clear();
    }

    private static AssessmentForm assessment(Assessment judged) {
        AssessmentForm form = new AssessmentForm();
        form.setAssessment(judged);
        return form;
    }

    private static void setId(Object entity, long id) throws ReflectiveOperationException {
        Field field = entity.getClass().getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
    }
}
