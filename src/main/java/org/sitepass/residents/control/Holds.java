package org.sitepass.residents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.sitepass.platform.AuditOutcome;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.PersonalData;
import org.sitepass.residents.HoldRequest;
import org.sitepass.residents.ResidentRef;
import org.sitepass.residents.entity.Hold;
import org.sitepass.residents.entity.Resident;

/**
 * Holds on residents' codes, placed and lifted by another module for what it serves (a tracing case): the reason
 * is sealed, as all health data, and every hold and lift goes to the audit trail against the opaque reference.
 */
@ApplicationScoped
@Transactional
public class Holds {


    @PersistenceContext
    EntityManager em;

    @Inject
    ResidentRegistry registry;

    @Inject
    PersonalData personalData;

    @Inject
    AuditTrail auditTrail;

    public long place(HoldRequest request) {
        Resident resident = registry.known(request.resident());
        Hold hold = Hold.place(resident.id(), request.colour(), request.reasonCode(),
                personalData.seal(request.reason(), ResidentsSealedColumns.HOLD_REASON), request.placedFor(),
                request.placedBy(), CityTime.now());
        em.persist(hold);
        auditTrail.record(new AuditRecord("RESIDENT_CODE_HELD", ResidentRegistry.AUDIT_OBJECT,
                request.resident().value(), request.placedFor(), AuditOutcome.SUCCESS));
        em.flush();
        return hold.id();
    }

    /** Lifts every open hold placed for {@code placedFor}; answers how many it lifted. */
    public int lift(ResidentRef reference, String placedFor, String liftedBy) {
        Resident resident = registry.known(reference);
        Instant now = CityTime.now();
        List<Hold> open = em.createQuery("SELECT h FROM Hold h WHERE h.residentId = :resident"
                        + " AND h.placedFor = :placedFor AND h.liftedAt IS NULL", Hold.class)
                .setParameter("resident", resident.id()).setParameter("placedFor", placedFor).getResultList();
        open.forEach(hold -> hold.lift(liftedBy, now));
        if (!open.isEmpty()) {
            auditTrail.record(new AuditRecord("RESIDENT_CODE_HOLD_LIFTED", ResidentRegistry.AUDIT_OBJECT,
                    reference.value(), placedFor, AuditOutcome.SUCCESS));
        }
        return open.size();
    }
}
