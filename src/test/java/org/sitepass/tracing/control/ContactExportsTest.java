package org.sitepass.tracing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.AuditOutcome;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.Caller;
import org.sitepass.platform.Labels;
import org.sitepass.platform.Languages;
import org.sitepass.platform.PersonalData;
import org.sitepass.platform.RequestRefused;
import org.sitepass.platform.Roles;
import org.sitepass.residents.Identity;
import org.sitepass.residents.ResidentRef;
import org.sitepass.residents.Residents;
import org.sitepass.tracing.entity.CaseReference;
import org.sitepass.tracing.entity.Contact;
import org.sitepass.tracing.entity.ContactExport;
import org.sitepass.tracing.entity.ExportFormat;
import org.sitepass.tracing.entity.TracingCase;

/** The four eyes as the audit trail sees them, and identities revealed for the case only at the download. */
class ContactExportsTest {

    private static final Caller TRACER1 = new Caller("tracer1", Set.of(Roles.TRACER), null);
    private static final Caller TRACER2 = new Caller("tracer2", Set.of(Roles.TRACER), null);
    private static final String REFERENCE = "TC-20261204-0007";
    private static final ResidentRef PERSON = new ResidentRef("abcdefghijklmnopqrstuv");

    private final List<AuditRecord> audited = new ArrayList<>();
    private final List<String> reveals = new ArrayList<>();
    private final ContactExports exports = new ContactExports();
    private ContactExport export;

    @BeforeEach
    void wire() throws ReflectiveOperationException {
        TracingCase tracingCase = TracingCase.open(new CaseReference(REFERENCE),
                new ResidentRef("zzzzzzzzzzzzzzzzzzzzzz"), LocalDate.of(2026, 12, 3), null, "LAB-1", null, "tracer1",
                Instant.now());
        export = ContactExport.request(7, ExportFormat.CSV, "交隔离转运组", "tracer1", Instant.now());
        Field id = ContactExport.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(export, 3L);
        Contact contact = Contact.identify(7, PERSON.value(), "310109", null, "tracer1", Instant.now());
        TypedQuery<?> contacts = (TypedQuery<?>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {TypedQuery.class}, (self, method, args) ->
                        method.getName().equals("getResultList") ? List.of(contact) : self);
        exports.em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {EntityManager.class}, (self, method, args) -> switch (method.getName()) {
                    case "find" -> args[0] == ContactExport.class ? export : tracingCase;
                    case "createQuery" -> contacts;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        exports.residents = new Residents() {
            @Override
            public Identity reveal(ResidentRef person, String purpose, String actor) {
                reveals.add(person.value() + " for " + purpose + " by " + actor);
                return new Identity(person, "10", "310109199003071231", "张三", null, "310109");
            }
        };
        exports.personalData = new PersonalData();
        exports.labels = new Labels(List.of());
        exports.validity = Duration.ofMinutes(30);
        exports.audit = new AuditTrail() {
            @Override
            public void record(AuditRecord record) {
                audited.add(record);
            }
        };
    }

    @Test
    void approvingOnesOwnRequestIsRefusedAndAuditedAsDenied() {
        assertThrows(RequestRefused.class, () -> exports.approve(TRACER1, 7, 3));
        assertEquals(List.of(new AuditRecord("TRACING_CONTACTS_EXPORT_APPROVED", ContactExports.OBJECT_TYPE, "3",
                REFERENCE, AuditOutcome.DENIED)), audited);
    }

    @Test
    void theRequesterDownloadsTheIdentitiesRevealedForTheCase() {
        exports.approve(TRACER2, 7, 3);
        ExportFile file = exports.download(TRACER1, 7, 3, Languages.CHINESE).orElseThrow();
        assertEquals(List.of(PERSON.value() + " for " + REFERENCE + " by tracer1"), reveals);
        assertTrue(new String(file.content(), StandardCharsets.UTF_8).contains("310109199003071231"));
        assertEquals("密接名单-" + REFERENCE + ".csv", file.name());
        assertEquals(List.of("TRACING_CONTACTS_EXPORT_APPROVED SUCCESS", "TRACING_CONTACTS_EXPORT_DOWNLOADED SUCCESS"),
                audited.stream().map(r -> r.action() + " " + r.outcome()).toList());
    }

    @Test
    void aRefusedDownloadRevealsNobodyAndIsAudited() {
        assertThrows(RequestRefused.class, () -> exports.download(TRACER1, 7, 3, Languages.CHINESE));
        assertEquals(List.of(), reveals);
        assertEquals(AuditOutcome.DENIED, audited.get(0).outcome());
    }

    @Test
    void anExportOfAnotherCaseIsNotFoundThroughThisOne() {
        assertTrue(exports.approve(TRACER2, 8, 3).isEmpty());
    }
}
