package org.sitepass.sites.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitepass.sites.VenueCategory;

/** The venue categories; reference data that changes only with a migration, so read once. */
@ApplicationScoped
public class Categories {

    @PersistenceContext
    EntityManager em;

    private Map<String, VenueCategory> byCode;

    @PostConstruct
    void load() {
        byCode = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT code, name_zh, name_en, risk_level FROM sites_category ORDER BY name_en").getResultList();
        rows.forEach(r -> byCode.put((String) r[0], new VenueCategory((String) r[0], (String) r[1], (String) r[2],
                VenueCategory.RiskLevel.valueOf((String) r[3]))));
    }

    public List<VenueCategory> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<VenueCategory> find(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }
}
