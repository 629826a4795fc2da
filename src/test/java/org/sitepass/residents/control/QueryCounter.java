package org.sitepass.residents.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitepass.residents.entity.Resident;

/**
 * An entity manager that counts the statements the residents module sends, answering each with what a test set:
 * the one resident for a look-up of residents, the facts' rows for a native query, nothing (or a count of 0) for
 * the rest. What a door check costs in round trips, without a database.
 */
public final class QueryCounter {

    private final List<String> executed = new ArrayList<>();
    private final Map<Object, Object> transactionResources = new HashMap<>();
    private boolean inTransaction;
    private final Resident resident;
    private final List<Object[]> factRows;
    private final EntityManager em;

    public QueryCounter(Resident resident, List<Object[]> factRows) {
        this.resident = resident;
        this.factRows = factRows;
        this.em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "createQuery" -> query((String) arguments[0],
                            arguments.length > 1 && arguments[1] == Resident.class && resident != null
                                    ? List.of(resident) : List.of());
                    case "createNativeQuery" -> query((String) arguments[0], factRows);
                    case "find" -> arguments[0] == Resident.class ? resident : null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private Object query(String statement, List<?> rows) {
        Class<?>[] kinds = {TypedQuery.class};
        return Proxy.newProxyInstance(getClass().getClassLoader(), kinds, (proxy, method, arguments) -> {
            switch (method.getName()) {
                case "getResultList":
                    executed.add(statement);
                    return rows;
                case "getResultStream":
                    executed.add(statement);
                    return rows.stream();
                case "getSingleResult":
                    executed.add(statement);
                    return rows.isEmpty() ? 0L : rows.get(0);
                default:
                    return method.getReturnType().isInstance(proxy) ? proxy : null;
            }
        });
    }

    /** The statements executed so far, in order. */
    public List<String> executed() {
        return List.copyOf(executed);
    }

    /** The registry and the health records, reading through this counter; names are masked as {@code maskedName}. */
    public ResidentRegistry registry(String maskedName) {
        ResidentRegistry registry = new ResidentRegistry() {
            @Override
            public String maskedName(Resident person) {
                return maskedName;
            }
        };
        registry.em = em;
        registry.transaction = transaction();
        return registry;
    }

    /** From now on, what reads through this counter runs in one transaction (until now, in none). */
    public void beginTransaction() {
        inTransaction = true;
    }

    /** A transaction's resources as JTA keeps them, active once {@link #beginTransaction} was called. */
    private TransactionSynchronizationRegistry transaction() {
        return (TransactionSynchronizationRegistry) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {TransactionSynchronizationRegistry.class}, (proxy, method, arguments) ->
                        switch (method.getName()) {
                            case "getTransactionStatus" -> inTransaction ? Status.STATUS_ACTIVE
                                    : Status.STATUS_NO_TRANSACTION;
                            case "getResource" -> transactionResources.get(arguments[0]);
                            case "putResource" -> transactionResources.put(arguments[0], arguments[1]);
                            default -> throw new UnsupportedOperationException(method.getName());
                        });
    }

    public HealthRecords healthRecords() {
        HealthRecords records = new HealthRecords();
        records.em = em;
        return records;
    }

    /** A resident as one stored, with its database id. */
    public static Resident stored(Resident resident, long id) {
        try {
            Field field = Resident.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(resident, id);
            return resident;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
