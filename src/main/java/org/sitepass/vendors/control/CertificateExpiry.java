package org.sitepass.vendors.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sitepass.platform.CityTime;
import org.sitepass.vendors.CertificateHolder;
import org.sitepass.vendors.CertificateWithdrawn;
import org.sitepass.vendors.entity.CertificationStatus;

/**
 * Finds the certificates that passed their date and announces each once. Several instances may sweep at the same
 * time: each certificate is claimed by one conditional UPDATE, and only the instance whose UPDATE changed the row
 * fires its event, so devices are stopped once.
 */
@ApplicationScoped
public class CertificateExpiry {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<Object> events;

    /** Answers how many certificates this call announced as expired. */
    @Transactional
    public int sweep() {
        LocalDate today = LocalDate.now(CityTime.ZONE);
        Instant now = CityTime.now();
        return expire("Vendor", CertificateHolder.VENDOR, today, now)
                + expire("DeviceModel", CertificateHolder.MODEL, today, now);
    }

    private int expire(String entity, CertificateHolder holder, LocalDate today, Instant now) {
        List<Long> due = em.createQuery("SELECT e.id FROM " + entity + " e WHERE e.certification.status = :certified"
                        + " AND e.certification.validUntil < :today AND e.certification.expiredAt IS NULL"
                        + " ORDER BY e.id", Long.class)
                .setParameter("certified", CertificationStatus.CERTIFIED)
                .setParameter("today", today).getResultList();
        int announced = 0;
        for (long id : due) {
            int claimed = em.createQuery("UPDATE " + entity + " e SET e.certification.expiredAt = :now"
                            + " WHERE e.id = :id AND e.certification.expiredAt IS NULL")
                    .setParameter("now", now).setParameter("id", id).executeUpdate();
            if (claimed == 1) {
                events.fire(new CertificateWithdrawn(holder, id, CertificateWithdrawn.Cause.EXPIRED, now));
                announced++;
            }
        }
        return announced;
    }
}
