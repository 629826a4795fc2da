package org.sitepass.platform.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Filters for browsing the audit trail; every filter is optional.
 *
 * @param actor    exact user name
 * @param action   exact action
 * @param objectId exact id of the object, such as a person's resident reference
 * @param purpose  how the purpose begins, such as a tracing case's reference (which a reason may follow)
 * @param from     inclusive lower bound of the time
 * @param to       exclusive upper bound of the time
 */
public record AuditQuery(String actor, String action, String objectType, String objectId, String purpose,
                         Instant from, Instant to, int first, int size) {

    public AuditQuery(String actor, String action, String objectType, Instant from, Instant to, int first, int size) {
        this(actor, action, objectType, null, null, from, to, first, size);
    }

    <T> TypedQuery<T> apply(EntityManager em, Class<T> type, String select, String orderBy) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        addIfPresent(conditions, parameters, "e.actor = :actor", "actor", blankToNull(actor));
        addIfPresent(conditions, parameters, "e.action = :action", "action", blankToNull(action));
        addIfPresent(conditions, parameters, "e.objectType = :objectType", "objectType", blankToNull(objectType));
        addIfPresent(conditions, parameters, "e.objectId = :objectId", "objectId", blankToNull(objectId));
        addIfPresent(conditions, parameters, "e.purpose LIKE :purpose", "purpose", prefix(blankToNull(purpose)));
        addIfPresent(conditions, parameters, "e.occurredAt >= :from", "from", from);
        addIfPresent(conditions, parameters, "e.occurredAt < :to", "to", to);
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<T> query = em.createQuery(select + where + orderBy, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static void addIfPresent(List<String> conditions, Map<String, Object> parameters, String condition,
                                     String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
    }

    /** A LIKE pattern matching what begins with the text, its own wildcards taken literally. */
    static String prefix(String text) {
        return text == null ? null
                : text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
