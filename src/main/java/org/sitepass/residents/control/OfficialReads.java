package org.sitepass.residents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.sitepass.platform.AuditOutcome;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.PersonalData;
import org.sitepass.residents.Identity;
import org.sitepass.residents.ResidentRef;
import org.sitepass.residents.TestRecord;
import org.sitepass.residents.entity.AntigenTest;
import org.sitepass.residents.entity.NatTest;
import org.sitepass.residents.entity.Resident;

/**
 * A tracer's reads of one person's data in clear, each for a purpose (the case it serves): the entry joins the read's
 * transaction, against the person's reference, so the person's "My data" lists it with that purpose.
 */
@ApplicationScoped
@Transactional
public class OfficialReads {

    static final String IDENTITY_REVEALED = "RESIDENT_IDENTITY_REVEALED";
    static final String TESTS_READ = "RESIDENT_TESTS_READ";

    @PersistenceContext
    EntityManager em;

    @Inject
    ResidentRegistry registry;

    @Inject
    PersonalData personalData;

    @Inject
    ActorAudit audit;

    public Identity reveal(ResidentRef person, String purpose, String actor) {
        Resident resident = registry.known(person);
        audited(IDENTITY_REVEALED, person, purpose, actor);
        return new Identity(person, resident.documentType().code(),
                personalData.open(resident.identity().numberSealed(), ResidentsSealedColumns.NUMBER),
                registry.nameOf(resident), registry.mobileOf(resident).orElse(null), resident.districtCode());
    }

    /** The person's tests the registry holds, nucleic-acid and antigen, newest sample first; void ones left out. */
    public List<TestRecord> tests(ResidentRef person, String purpose, String actor) {
        Resident resident = registry.known(person);
        audited(TESTS_READ, person, purpose, actor);
        Stream<TestRecord> nat = em.createQuery("SELECT t FROM NatTest t WHERE t.residentId = :resident"
                        + " AND t.voidedAt IS NULL", NatTest.class)
                .setParameter("resident", resident.id()).getResultStream()
                .map(t -> new TestRecord(TestRecord.NUCLEIC_ACID, t.sampledAt(), t.resultedAt(), t.result(),
                        personalData.openIfPresent(t.institutionSealed(), ResidentsSealedColumns.NAT_INSTITUTION)));
        Stream<TestRecord> antigen = em.createQuery("SELECT t FROM AntigenTest t WHERE t.residentId = :resident",
                        AntigenTest.class)
                .setParameter("resident", resident.id()).getResultStream()
                .map(t -> new TestRecord(TestRecord.ANTIGEN, t.testedAt(), t.testedAt(), t.result(), null));
        return Stream.concat(nat, antigen).sorted(Comparator.comparing(TestRecord::sampledAt).reversed()).toList();
    }

    /** A read names what it serves; one without a purpose is not made, and leaves no entry. */
    private void audited(String action, ResidentRef person, String purpose, String actor) {
        if (purpose == null || purpose.isBlank() || actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("a read of a person's data names its purpose and its actor");
        }
        audit.record(actor, new AuditRecord(action, ResidentRegistry.AUDIT_OBJECT, person.value(),
                AuditPurposes.fit(purpose), AuditOutcome.SUCCESS));
    }
}
