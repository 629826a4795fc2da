package org.sitepass.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.sitepass.platform.PersonalData;
import org.sitepass.platform.SealedColumnContribution;

/**
 * Seals, at start-up and after the migrations, every value of a sealed column that is still in clear: a database
 * from before the column was sealed migrates itself. Rows already sealed are not touched, so a second run finds
 * nothing to do; each row is replaced only if it still holds the clear value that was read, so two nodes starting
 * together do not seal a value twice. Values are never logged, only counts.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class SealedColumns {

    private static final Logger LOG = Logger.getLogger(SealedColumns.class.getName());
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*\\.[a-z][a-z0-9_]*");
    private static final int PAGE = 500;

    @Resource(lookup = Migrations.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    PersonalData personalData;

    @Inject
    Instance<SealedColumnContribution> contributions;

    @PostConstruct
    void sealClearValues() {
        for (SealedColumnContribution contribution : contributions) {
            contribution.sealedColumns().forEach(column -> {
                int sealed = seal(dataSource, column, personalData::seal);
                if (sealed > 0) {
                    LOG.info(() -> sealed + " values of " + column + " were in clear and are sealed now");
                }
            });
        }
    }

    /**
     * Seals what is still in clear in one column, each value for that column; answers how many values it sealed.
     *
     * @param sealing seals a value for a column, as {@link PersonalData#seal} does
     */
    static int seal(DataSource dataSource, String column, BinaryOperator<String> sealing) {
        if (!NAME.matcher(column).matches()) {
            throw new IllegalArgumentException("a sealed column is named table.column: " + column);
        }
        String table = column.substring(0, column.indexOf('.'));
        String field = column.substring(column.indexOf('.') + 1);
        String select = "SELECT id, " + field + " FROM " + table + " WHERE id > ? AND " + field
                + " NOT REGEXP ? ORDER BY id LIMIT " + PAGE;
        String update = "UPDATE " + table + " SET " + field + " = ? WHERE id = ? AND " + field + " = ?";
        int sealed = 0;
        try (Connection connection = dataSource.getConnection()) {
            long after = 0;
            Map<Long, String> clear;
            do {
                clear = clearValues(connection, select, after);
                sealed += replace(connection, update, clear, value -> sealing.apply(value, column));
                after = clear.keySet().stream().mapToLong(Long::longValue).max().orElse(after);
            } while (clear.size() == PAGE);
        } catch (SQLException e) {
            throw new IllegalStateException("could not seal the clear values of " + column, e);
        }
        return sealed;
    }

    private static Map<Long, String> clearValues(Connection connection, String select, long after)
            throws SQLException {
        Map<Long, String> clear = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(select)) {
            statement.setLong(1, after);
            statement.setString(2, FieldCipher.SEALED_SHAPE);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    clear.put(rows.getLong(1), rows.getString(2));
                }
            }
        }
        return clear;
    }

    private static int replace(Connection connection, String update, Map<Long, String> clear,
                               UnaryOperator<String> sealing) throws SQLException {
        int replaced = 0;
        try (PreparedStatement statement = connection.prepareStatement(update)) {
            for (Map.Entry<Long, String> row : clear.entrySet()) {
                statement.setString(1, sealing.apply(row.getValue()));
                statement.setLong(2, row.getKey());
                statement.setString(3, row.getValue());
                replaced += statement.executeUpdate();
            }
        }
        return replaced;
    }
}
