package org.sitepass.sites.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.sitepass.sites.entity.PosterFormat;

/**
 * Which format each venue's latest poster was printed in. Written after the poster is made, in a short transaction
 * of its own, so that streaming a chain's thousands of posters holds no lock; and without the venue's version, so
 * that a download never makes the manager's concurrent edit fail.
 */
@ApplicationScoped
public class PosterPrints {

    /** Venues marked per statement: a chain's thousands would make one statement too long. */
    static final int VENUES_PER_STATEMENT = 1000;

    @PersistenceContext
    EntityManager em;

    @Transactional
    public void printed(long venueId) {
        em.createQuery("UPDATE Venue v SET v.posterFormat = :link WHERE v.id = :id")
                .setParameter("link", PosterFormat.LINK).setParameter("id", venueId).executeUpdate();
    }

    /**
     * The venues whose posters the ZIP of all posters held, and only those: a code activated while it streamed is not
     * in it, and keeps its reprint due.
     */
    @Transactional
    public void printedAll(List<Long> venueIds) {
        for (int from = 0; from < venueIds.size(); from += VENUES_PER_STATEMENT) {
            em.createQuery("UPDATE Venue v SET v.posterFormat = :link WHERE v.id IN :ids")
                    .setParameter("link", PosterFormat.LINK)
                    .setParameter("ids", venueIds.subList(from, Math.min(venueIds.size(), from + VENUES_PER_STATEMENT)))
                    .executeUpdate();
        }
    }
}
