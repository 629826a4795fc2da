package org.sitepass.tracing.control;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.sitepass.tracing.entity.PassRecordId;

/**
 * Just enough of MariaDB under REPEATABLE READ for the ledger's writer: key rows another instance committed after
 * this transaction's snapshot are invisible to a plain read, but an insert collides with them and a locking read sees
 * them. Pass records are only collected; a commit can be made to fail.
 */
final class KeyRowsDatabase {

    private record Row(String day, long recordId, byte[] digest) {
    }

    private final Map<CheckKey.Slot, Row> committed = new HashMap<>();
    private final Map<CheckKey.Slot, Row> committedSinceSnapshot = new HashMap<>();
    final List<CheckKey.Slot> keysWritten = new ArrayList<>();
    final List<PassRecordId> recordsWritten = new ArrayList<>();
    SQLException failOnCommit;
    boolean committedOnce;

    /** Another instance's key row, committed while this one's batch was being written. */
    void rivalCommitted(CheckKey key, PassRecordId record) {
        committedSinceSnapshot.put(key.slot(), new Row(record.getDay().toString(), record.getId(), key.digest()));
    }

    DataSource dataSource() {
        return proxy(DataSource.class, (method, args) -> method.equals("getConnection") ? connection() : null);
    }

    private Connection connection() {
        return proxy(Connection.class, (method, args) -> switch (method) {
            case "prepareStatement" -> statement((String) args[0]);
            case "commit" -> {
                if (failOnCommit != null) {
                    throw failOnCommit;
                }
                committedOnce = true;
                yield null;
            }
            default -> null;
        });
    }

    private PreparedStatement statement(String sql) {
        Map<Integer, Object> parameters = new LinkedHashMap<>();
        List<Map<Integer, Object>> batch = new ArrayList<>();
        return proxy(PreparedStatement.class, (method, args) -> {
            if (method.startsWith("set")) {
                parameters.put((Integer) args[0], args[1]);
                return null;
            }
            return switch (method) {
                case "addBatch" -> batch.add(new HashMap<>(parameters));
                case "executeBatch" -> executeBatch(sql, batch);
                case "executeQuery" -> rows(sql, parameters);
                default -> null;
            };
        });
    }

    private int[] executeBatch(String sql, List<Map<Integer, Object>> batch) throws SQLException {
        for (Map<Integer, Object> row : batch) {
            if (sql.contains("tracing_pass_record")) {
                recordsWritten.add(new PassRecordId(LocalDate.parse((String) row.get(1)), (Long) row.get(2)));
                continue;
            }
            CheckKey.Slot slot = new CheckKey.Slot((Long) row.get(1), (Long) row.get(2));
            if (committed.containsKey(slot) || committedSinceSnapshot.containsKey(slot)) {
                if (!sql.startsWith("INSERT IGNORE")) {
                    throw new SQLIntegrityConstraintViolationException("Duplicate entry for key 'PRIMARY'");
                }
                continue;
            }
            keysWritten.add(slot);
            committed.put(slot, new Row((String) row.get(3), (Long) row.get(4), (byte[]) row.get(5)));
        }
        return new int[batch.size()];
    }

    private ResultSet rows(String sql, Map<Integer, Object> parameters) {
        boolean locking = sql.endsWith("FOR UPDATE");
        List<Object[]> found = new ArrayList<>();
        for (int i = 1; parameters.containsKey(i); i += 2) {
            CheckKey.Slot slot = new CheckKey.Slot((Long) parameters.get(i), (Long) parameters.get(i + 1));
            Row row = committed.containsKey(slot) || !locking ? committed.get(slot) : committedSinceSnapshot.get(slot);
            if (row != null) {
                found.add(new Object[] {slot.deviceId(), slot.sequence(), row.day(), row.recordId(), row.digest()});
            }
        }
        Iterator<Object[]> each = found.iterator();
        Object[][] current = new Object[1][];
        return proxy(ResultSet.class, (method, args) -> switch (method) {
            case "next" -> {
                current[0] = each.hasNext() ? each.next() : null;
                yield current[0] != null;
            }
            case "getLong", "getString", "getBytes" -> current[0][(Integer) args[0] - 1];
            default -> null;
        });
    }

    private interface Call {
        Object answer(String method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, Call call) {
        return type.cast(Proxy.newProxyInstance(KeyRowsDatabase.class.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> call.answer(method.getName(), args)));
    }
}
