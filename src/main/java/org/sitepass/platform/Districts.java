package org.sitepass.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Shanghai's districts and their sub-districts and towns (GB/T 2260 and the statistical division codes). They
 * change by government decision and a migration, never at run time, so they are read once.
 */
@ApplicationScoped
public class Districts {

    @PersistenceContext
    EntityManager em;

    private Map<String, District> districts;
    private Map<String, Street> streets;

    @PostConstruct
    void load() {
        districts = this.<Object[]>rows("SELECT code, name_zh, name_en FROM platform_district ORDER BY code").stream()
                .map(r -> new District((String) r[0], (String) r[1], (String) r[2]))
                .collect(Collectors.toMap(District::code, d -> d, (a, b) -> a, LinkedHashMap::new));
        streets = this.<Object[]>rows(
                        "SELECT code, district_code, name_zh, name_en FROM platform_street ORDER BY code").stream()
                .map(r -> new Street((String) r[0], (String) r[1], (String) r[2], (String) r[3]))
                .collect(Collectors.toMap(Street::code, s -> s, (a, b) -> a, LinkedHashMap::new));
    }

    public List<District> all() {
        return List.copyOf(districts.values());
    }

    public Optional<District> district(String code) {
        return Optional.ofNullable(code).map(districts::get);
    }

    public Optional<Street> street(String code) {
        return Optional.ofNullable(code).map(streets::get);
    }

    public List<Street> streetsOf(String districtCode) {
        return streets.values().stream()
                .filter(s -> s.districtCode().equals(districtCode))
                .sorted(Comparator.comparing(Street::code))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }
}
