package org.sitepass.residents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.PersonalData;
import org.sitepass.residents.Identity;
import org.sitepass.residents.ResidentRef;
import org.sitepass.residents.TestRecord;
import org.sitepass.residents.TestResult;
import org.sitepass.residents.entity.AntigenTest;
import org.sitepass.residents.entity.DocumentType;
import org.sitepass.residents.entity.NatTest;
import org.sitepass.residents.entity.Resident;
import org.sitepass.residents.entity.SealedIdentity;
import org.sitepass.residents.entity.Sex;
import org.sitepass.residents.entity.SourceVersion;

class OfficialReadsTest {

    private static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");
    private static final ResidentRef PERSON = new ResidentRef("abcdefghijklmnopqrstuv");
    private static final Resident RESIDENT = QueryCounter.stored(Resident.register(PERSON,
            DocumentType.RESIDENT_ID_CARD, new SealedIdentity("sealed-number", "ni", "sealed-name", "m", "mi"),
            new Resident.Particulars("310109", null, Sex.MALE, false), new SourceVersion("hc", "1", NOW), NOW), 5);

    private final List<String> audited = new ArrayList<>();
    private final OfficialReads reads = new OfficialReads();

    OfficialReadsTest() {
        reads.registry = new ResidentRegistry() {
            @Override
            public Resident known(ResidentRef reference) {
                return RESIDENT;
            }

            @Override
            public String nameOf(Resident resident) {
                return "张三";
            }

            @Override
            public Optional<String> mobileOf(Resident resident) {
                return Optional.of("13812345678");
            }
        };
        reads.personalData = new PersonalData() {
            @Override
            public String open(String sealed, String column) {
                return column.equals(ResidentsSealedColumns.NUMBER) ? "310109199003071231" : "opened " + sealed;
            }
        };
        reads.audit = new ActorAudit() {
            @Override
            public void record(String actor, AuditRecord record) {
                audited.add(actor + " " + record.action() + " " + record.objectId() + " " + record.purpose());
            }
        };
        reads.em = tests(
                new NatTest(5, new SourceVersion("lab", "1", NOW), new NatTest.Facts(NOW.minusSeconds(7200),
                        NOW.minusSeconds(3600), TestResult.NEGATIVE, "lab-sealed"), NOW),
                new AntigenTest(5, new SourceVersion("app", "2", NOW),
                        new AntigenTest.Facts(NOW.minusSeconds(60), TestResult.POSITIVE), NOW));
    }

    @Test
    void aRevealAnswersTheIdentityInClearAndIsAuditedWithItsCase() {
        Identity identity = reads.reveal(PERSON, "TC-20261204-0001", "tracer1");
        assertEquals(new Identity(PERSON, "10", "310109199003071231", "张三", "13812345678", "310109"), identity);
        assertEquals(List.of("tracer1 RESIDENT_IDENTITY_REVEALED " + PERSON.value() + " TC-20261204-0001"), audited);
    }

    @Test
    void testsComeNewestFirstAndTheLookUpIsAudited() {
        List<TestRecord> tests = reads.tests(PERSON, "TC-20261204-0001", "tracer2");
        assertEquals(List.of(
                new TestRecord(TestRecord.ANTIGEN, NOW.minusSeconds(60), NOW.minusSeconds(60), TestResult.POSITIVE,
                        null),
                new TestRecord(TestRecord.NUCLEIC_ACID, NOW.minusSeconds(7200), NOW.minusSeconds(3600),
                        TestResult.NEGATIVE, "opened lab-sealed")), tests);
        assertEquals(List.of("tracer2 RESIDENT_TESTS_READ " + PERSON.value() + " TC-20261204-0001"), audited);
    }

    @Test
    void aReadWithoutAPurposeIsNotMadeAndLeavesNoEntry() {
        assertThrows(IllegalArgumentException.class, () -> reads.reveal(PERSON, " ", "tracer1"));
        assertThrows(IllegalArgumentException.class, () -> reads.tests(PERSON, null, "tracer1"));
        assertEquals(List.of(), audited);
    }

    /** Answers a query of nucleic-acid tests with {@code nat}, one of antigen tests with {@code antigen}. */
    private static EntityManager tests(NatTest nat, AntigenTest antigen) {
        return (EntityManager) Proxy.newProxyInstance(OfficialReadsTest.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, arguments) -> {
                    if (!method.getName().equals("createQuery")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    Object row = arguments[1] == NatTest.class ? nat : antigen;
                    return Proxy.newProxyInstance(OfficialReadsTest.class.getClassLoader(),
                            new Class<?>[] {TypedQuery.class}, (query, call, ignored) -> switch (call.getName()) {
                                case "getResultStream" -> List.of(row).stream();
                                case "setParameter" -> query;
                                default -> throw new UnsupportedOperationException(call.getName());
                            });
                });
    }
}
