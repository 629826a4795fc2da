package org.sitepass.sites.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.sitepass.sites.entity.CodeStatus;
import org.sitepass.sites.entity.PosterFormat;

/**
 * Which format each venue's latest poster was printed in. Written after the poster is made, in a short transaction
 * of its own, so that streaming a chain's thousands of posters holds no lock; and without the venue's version, so
 * that a download never makes the manager's concurrent edit fail.
 */
@ApplicationScoped
public class PosterPrints {

    @PersistenceContext
    EntityManager em;

    @Transactional
    public void printed(long venueId) {
        em.createQuery("UPDATE Venue v SET v.posterFormat = :link WHERE v.id = :id")
                .setParameter("link", PosterFormat.LINK).setParameter("id", venueId).executeUpdate();
    }

    /** Every active code of the manager: what the ZIP of all posters holds. */
    @Transactional
    public void printedAll(String manager) {
        em.createQuery("UPDATE Venue v SET v.posterFormat = :link WHERE v.manager = :manager"
                        + " AND v.codeStatus = :active")
                .setParameter("link", PosterFormat.LINK).setParameter("manager", manager)
                .setParameter("active", CodeStatus.ACTIVE).executeUpdate();
    }
}
