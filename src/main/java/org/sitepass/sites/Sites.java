package org.sitepass.sites;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /**
     * Where a poster's link leads, under the site's public address: {@code /c/<signed payload>}. Short, because
     * the link is what the QR holds and a shorter QR scans from further away.
     */
    public static final String LINK_PATH = "/c/";

    @Inject
    SiteCodeVerification verification;

    @Inject
    Categories categories;

    @PersistenceContext
    EntityManager em;

    /**
     * Verifies a site code as scanned: the bare payload of posters printed before links, or the poster's link.
     *
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

    /**
     * The venues of a district whose codes are active, optionally of one street and category: what inspection
     * plans choose from.
     */
    public List<VenueRef> activeVenues(String districtCode, String streetCode, String categoryCode, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT v FROM Venue v WHERE v.details.districtCode = :district"
                + " AND v.codeStatus = :active");
        if (streetCode != null) {
            jpql.append(" AND v.details.streetCode = :street");
        }
        if (categoryCode != null) {
            jpql.append(" AND v.details.categoryCode = :category");
        }
        TypedQuery<Venue> query = em.createQuery(jpql.append(" ORDER BY v.id").toString(), Venue.class)
                .setParameter("district", districtCode).setParameter("active", CodeStatus.ACTIVE)
                .setMaxResults(limit);
        if (streetCode != null) {
            query.setParameter("street", streetCode);
        }
        if (categoryCode != null) {
            query.setParameter("category", categoryCode);
        }
        return query.getResultList().stream().map(Sites::ref).toList();
    }

    /** The ids of the venues a manager runs, for views of what stands at them. */
    public List<Long> venueIdsManagedBy(String manager) {
        return em.createQuery("SELECT v.id FROM Venue v WHERE v.manager = :manager", Long.class)
                .setParameter("manager", manager).getResultList();
    }

    /** What the fleet must show even when the {@link SiteCodeSuspended} that told it so was lost. */
    public Set<Long> suspendedVenueIds() {
        return venueIdsWithCode(CodeStatus.SUSPENDED);
    }

    /** What the fleet must show even when the {@link SiteCodeRevoked} that told it so was lost. */
    public Set<Long> revokedVenueIds() {
        return venueIdsWithCode(CodeStatus.REVOKED);
    }

    private Set<Long> venueIdsWithCode(CodeStatus status) {
        return Set.copyOf(em.createQuery("SELECT v.id FROM Venue v WHERE v.codeStatus = :status", Long.class)
                .setParameter("status", status).getResultList());
    }

    private static VenueRef ref(Venue v) {
        return new VenueRef(v.getId(), v.getDetails().getName(), v.getCodeNumber(), v.getDetails().getDistrictCode(),
                v.getDetails().getStreetCode(), v.getDetails().getCategoryCode(), v.getManager(),
                v.getCodeStatus() == CodeStatus.ACTIVE);
    }
}
