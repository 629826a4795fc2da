package org.sitepass.tracing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.sitepass.tracing.entity.CaseReference;

/**
 * Hands out the next case reference of a day. The day's row is locked until the registering transaction ends, so two
 * tracers registering at once never get the same reference, and a rolled-back registration leaves no gap.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseNumbers {

    @PersistenceContext
    EntityManager em;

    public CaseReference next(LocalDate day) {
        java.sql.Date date = java.sql.Date.valueOf(day);
        em.createNativeQuery("INSERT IGNORE INTO tracing_case_sequence (day, last_value) VALUES (?1, 0)")
                .setParameter(1, date).executeUpdate();
        @SuppressWarnings("unchecked")
        List<Number> last = em.createNativeQuery("SELECT last_value FROM tracing_case_sequence WHERE day = ?1"
                        + " FOR UPDATE").setParameter(1, date).getResultList();
        int next = last.get(0).intValue() + 1;
        em.createNativeQuery("UPDATE tracing_case_sequence SET last_value = ?1 WHERE day = ?2")
                .setParameter(1, next).setParameter(2, date).executeUpdate();
        return CaseReference.of(day, next);
    }
}
