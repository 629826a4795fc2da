package org.sitepass.sites;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sitepass.sites.control.Categories;
import org.sitepass.sites.control.SiteCodeVerification;
import org.sitepass.sites.entity.CodeNumber;
import org.sitepass.sites.entity.CodeStatus;
import org.sitepass.sites.entity.Venue;

/**
 * The sites module as other modules see it: verify a scanned site code, look up venues, and the venue categories.
 * Everything else of the module is behind this facade.
 */
@ApplicationScoped
public class Sites {

    @Inject
    SiteCodeVerification verification;

    @Inject
    Categories categories;

    @PersistenceContext
    EntityManager em;

    /**
     * @throws org.sitepass.platform.RequestRefused 422 when the payload is malformed, forged, unknown, suspended or
     *                                              revoked, with a type naming which
     */
    public SiteCodeCheck verify(String payload) {
        return verification.verify(payload);
    }

    public List<VenueCategory> categories() {
        return categories.all();
    }

    /** A venue with an issued code, by its code number as typed or scanned. */
    public Optional<VenueRef> venueWithCode(String codeNumber) {
        return CodeNumber.parse(codeNumber).flatMap(number -> em.createQuery(
                        "SELECT v FROM Venue v WHERE v.codeNumber = :number", Venue.class)
                .setParameter("number", number.value()).getResultList().stream().findFirst()).map(Sites::ref);
    }

    public Optional<VenueRef> venue(long id) {
        return Optional.ofNullable(em.find(Venue.class, id)).map(Sites::ref);
    }

    /** Every venue of many, in one query: fleet views show thousands of devices with their venues. */
    public Map<Long, VenueRef> venues(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT v FROM Venue v WHERE v.id IN :ids", Venue.class)
                .setParameter("ids", List.copyOf(ids)).getResultList().stream()
                .collect(Collectors.toMap(Venue::getId, Sites::ref));
    }

    /** The ids of the venues a manager runs, for views of what stands at them. */
    public List<Long> venueIdsManagedBy(String manager) {
        return em.createQuery("SELECT v.id FROM Venue v WHERE v.manager = :manager", Long.class)
                .setParameter("manager", manager).getResultList();
    }

    private static VenueRef ref(Venue v) {
        return new VenueRef(v.getId(), v.getDetails().getName(), v.getCodeNumber(), v.getDetails().getDistrictCode(),
                v.getDetails().getStreetCode(), v.getManager(), v.getCodeStatus() == CodeStatus.ACTIVE);
    }
}
