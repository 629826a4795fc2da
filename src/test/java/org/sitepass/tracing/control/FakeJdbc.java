package org.sitepass.tracing.control;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A connection that answers statements from a script, by the start of their SQL, and notes what ran in order: enough
 * to test which statements a job issues, in which order, and what it makes of their answers.
 */
final class FakeJdbc {

    final List<String> executed = new ArrayList<>();
    private final Map<String, Deque<Integer>> counts = new LinkedHashMap<>();
    private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();
    private final Map<String, SQLException> failures = new LinkedHashMap<>();
    boolean closed;
    boolean aborted;

    FakeJdbc counts(String sqlStart, Integer... answers) {
        counts.put(sqlStart, new ArrayDeque<>(List.of(answers)));
        return this;
    }

    FakeJdbc rows(String sqlStart, Object[]... answer) {
        rows.put(sqlStart, List.of(answer));
        return this;
    }

    FakeJdbc fails(String sqlStart, SQLException failure) {
        failures.put(sqlStart, failure);
        return this;
    }

    /** The statements that ran whose SQL starts so, in order. */
    List<String> ran(String sqlStart) {
        return executed.stream().filter(sql -> sql.startsWith(sqlStart)).toList();
    }

    /** A pool of this one connection. */
    DataSource dataSource() {
        Connection connection = connection();
        return proxy(DataSource.class, (self, method, args) -> "getConnection".equals(method.getName())
                ? connection : null);
    }

    Connection connection() {
        return proxy(Connection.class, (self, method, args) -> switch (method.getName()) {
            case "prepareStatement" -> statement(PreparedStatement.class, (String) args[0]);
            case "createStatement" -> statement(Statement.class, null);
            case "unwrap" -> self;
            case "isWrapperFor" -> true;
            case "abort" -> aborted = true;
            case "close" -> closed = true;
            case "isClosed" -> closed;
            default -> null;
        });
    }

    private <T extends Statement> T statement(Class<T> type, String prepared) {
        return proxy(type, (self, method, args) -> switch (method.getName()) {
            case "executeUpdate" -> update(sql(prepared, args));
            case "executeQuery" -> query(sql(prepared, args));
            case "execute" -> {
                String sql = sql(prepared, args);
                if (sql.startsWith("SELECT")) {
                    query(sql);
                } else {
                    update(sql);
                }
                yield false;
            }
            default -> null;
        });
    }

    private static String sql(String prepared, Object[] args) {
        return prepared != null ? prepared : (String) args[0];
    }

    private int update(String sql) throws SQLException {
        run(sql);
        Deque<Integer> answers = match(counts, sql);
        return answers == null || answers.isEmpty() ? 0 : answers.size() > 1 ? answers.poll() : answers.peek();
    }

    private ResultSet query(String sql) throws SQLException {
        run(sql);
        List<Object[]> answer = match(rows, sql);
        Deque<Object[]> left = new ArrayDeque<>(answer == null ? List.of() : answer);
        Object[][] current = new Object[1][];
        return proxy(ResultSet.class, (self, method, args) -> switch (method.getName()) {
            case "next" -> (current[0] = left.poll()) != null;
            case "getString" -> (String) current[0][(Integer) args[0] - 1];
            case "getInt" -> ((Number) current[0][(Integer) args[0] - 1]).intValue();
            case "getLong" -> ((Number) current[0][(Integer) args[0] - 1]).longValue();
            case "getDate" -> java.sql.Date.valueOf((java.time.LocalDate) current[0][(Integer) args[0] - 1]);
            default -> null;
        });
    }

    private void run(String sql) throws SQLException {
        executed.add(sql);
        SQLException failure = match(failures, sql);
        if (failure != null) {
            throw failure;
        }
    }

    private static <V> V match(Map<String, V> script, String sql) {
        return script.entrySet().stream().filter(e -> sql.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(FakeJdbc.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
