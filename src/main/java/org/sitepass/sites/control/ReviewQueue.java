package org.sitepass.sites.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitepass.platform.CityTime;
import org.sitepass.sites.entity.ReviewStatus;
import org.sitepass.sites.entity.Venue;

/** A district's venues awaiting review, filtered, sorted and sliced in the database, duplicates flagged. */
@ApplicationScoped
public class ReviewQueue {

    private static final String SUBMITTED_AT = "v.submission.submittedAt";
    private static final Map<String, String> SORTS = Map.of(
            "submittedAt", SUBMITTED_AT, "name", "v.nameKey", "street", "v.details.streetCode",
            "category", "v.details.categoryCode");

    @PersistenceContext
    EntityManager em;

    public List<QueueEntry> page(ReviewQuery query) {
        String sort = query.sort() == null ? SUBMITTED_AT : SORTS.getOrDefault(query.sort(), SUBMITTED_AT);
        String order = sort + (query.descending() ? " DESC" : " ASC");
        List<Venue> venues = where(query, "SELECT v FROM Venue v", " ORDER BY " + order + ", v.id", Venue.class)
                .setFirstResult(query.first())
                .setMaxResults(query.size())
                .getResultList();
        Set<Long> duplicates = possibleDuplicates(venues.stream().map(Venue::getId).toList());
        return venues.stream().map(v -> new QueueEntry(v.getId(), v.forEditing().getName(),
                v.forEditing().getCategoryCode(), v.getDetails().getStreetCode(), v.forEditing().getAddress(),
                v.getDetails().getOperatorName(), v.status(), v.hasPendingChange(), v.getSubmittedAt(),
                duplicates.contains(v.getId()))).toList();
    }

    public long count(ReviewQuery query) {
        return where(query, "SELECT COUNT(v) FROM Venue v", "", Long.class).getSingleResult();
    }

    /**
     * Of the given venues (ids, so written into the SQL: the driver cannot bind a list), those that share the
     * operator's credit code and address, or the street, name and address (after folding width, case and
     * punctuation), with another venue that is applied for or issued.
     * Two EXISTS rather than one with OR: each then uses its own index instead of scanning the district.
     */
    Set<Long> possibleDuplicates(List<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> found = em.createNativeQuery("""
                SELECT v.id FROM sites_venue v WHERE v.id IN (%s) AND (
                  EXISTS (SELECT 1 FROM sites_venue o
                    WHERE o.operator_credit_code = v.operator_credit_code AND o.address_key = v.address_key
                      AND o.id <> v.id AND o.review_status <> 'DRAFT'
                      AND (o.code_status IS NULL OR o.code_status <> 'REVOKED'))
                  OR EXISTS (SELECT 1 FROM sites_venue o
                    WHERE o.street_code = v.street_code AND o.name_key = v.name_key
                      AND o.address_key = v.address_key
                      AND o.id <> v.id AND o.review_status <> 'DRAFT'
                      AND (o.code_status IS NULL OR o.code_status <> 'REVOKED')))""".formatted(
                        ids.stream().map(String::valueOf).collect(Collectors.joining(","))))
                .getResultList();
        Set<Long> result = new HashSet<>();
        found.forEach(n -> result.add(n.longValue()));
        return result;
    }

    private <T> TypedQuery<T> where(ReviewQuery query, String select, String tail, Class<T> type) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder jpql = new StringBuilder(select)
                .append(" WHERE v.details.districtCode = :district AND v.reviewStatus = :status");
        parameters.put("district", query.districtCode());
        parameters.put("status", ReviewStatus.SUBMITTED);
        if (query.streetCode() != null) {
            jpql.append(" AND v.details.streetCode = :street");
            parameters.put("street", query.streetCode());
        }
        if (query.categoryCode() != null) {
            jpql.append(" AND v.details.categoryCode = :category");
            parameters.put("category", query.categoryCode());
        }
        if (query.submittedFrom() != null) {
            jpql.append(" AND " + SUBMITTED_AT + " >= :from");
            parameters.put("from", CityTime.startOf(query.submittedFrom()));
        }
        if (query.submittedTo() != null) {
            jpql.append(" AND " + SUBMITTED_AT + " < :to");
            parameters.put("to", CityTime.startOf(query.submittedTo().plusDays(1)));
        }
        TypedQuery<T> typed = em.createQuery(jpql.append(tail).toString(), type);
        parameters.forEach(typed::setParameter);
        return typed;
    }
}
