package org.sitepass.testing;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Direct access to the test database, for what no API may do: tampering, schema checks. It connects as the
 * migration account, which owns the schema: the runtime account may not tamper, which {@link #asRuntimeAccount}
 * lets a test show.
 */
public final class Database {

    private Database() {
    }

    public static DataSource testDatabase() {
        return dataSource(Stack.env("SITEPASS_DB_URL"));
    }

    /** The test database as the application's own (runtime) account sees it. */
    public static DataSource asRuntimeAccount() {
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setURL(Stack.env("SITEPASS_DB_URL"));
        dataSource.setUser(Stack.env("SITEPASS_DB_USER"));
        dataSource.setPassword(Stack.env("SITEPASS_DB_PASSWORD"));
        return dataSource;
    }

    /** Runs one UPDATE (or DELETE) with its parameters in order; answers how many rows it changed. */
    public static int update(String sql, Object... parameters) throws SQLException {
        try (Connection db = testDatabase().getConnection(); PreparedStatement update = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            return update.executeUpdate();
        }
    }

    /** The first column of every row a SELECT answers, as text. */
    public static List<String> texts(String sql, Object... parameters) throws SQLException {
        try (Connection db = testDatabase().getConnection(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            List<String> texts = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    texts.add(rows.getString(1));
                }
            }
            return texts;
        }
    }

    /** The same server and settings, another schema. */
    public static DataSource schema(String name) {
        String url = Stack.env("SITEPASS_DB_URL").replaceFirst("/[A-Za-z0-9_]+\\?", "/" + name + "?");
        return dataSource(url);
    }

    private static DataSource dataSource(String url) {
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setURL(url);
        dataSource.setUser(Stack.env("SITEPASS_DB_MIGRATION_USER"));
        dataSource.setPassword(Stack.env("SITEPASS_DB_MIGRATION_PASSWORD"));
        return dataSource;
    }
}
