package org.sitepass.sites.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.sitepass.sites.entity.CodeNumber;

/**
 * Hands out the next code number of a district. The sequence row is locked until the approving transaction ends,
 * so two officers approving at once never get the same number, and a rolled-back approval leaves no gap.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CodeNumbers {

    @PersistenceContext
    EntityManager em;

    public CodeNumber next(String districtCode) {
        em.createNativeQuery("INSERT IGNORE INTO sites_code_sequence (district_code, next_value) VALUES (?1, 1)")
                .setParameter(1, districtCode).executeUpdate();
        @SuppressWarnings("unchecked")
        List<Number> current = em.createNativeQuery(
                        "SELECT next_value FROM sites_code_sequence WHERE district_code = ?1 FOR UPDATE")
                .setParameter(1, districtCode).getResultList();
        long value = current.get(0).longValue();
        em.createNativeQuery("UPDATE sites_code_sequence SET next_value = ?1 WHERE district_code = ?2")
                .setParameter(1, value + 1).setParameter(2, districtCode).executeUpdate();
        return CodeNumber.of(districtCode, value);
    }
}
