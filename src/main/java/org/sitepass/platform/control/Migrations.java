package org.sitepass.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date at start-up, before anything uses JPA (schema generation is off). The
 * connection comes from configuration ({@code SITEPASS_DB_URL}, {@code SITEPASS_DB_USER},
 * {@code SITEPASS_DB_PASSWORD}); nothing about the database is built into the WAR.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@DataSourceDefinition(
        name = Migrations.DATA_SOURCE,
        className = "com.mysql.cj.jdbc.MysqlDataSource",
        url = "${MPCONFIG=sitepass.db.url}",
        user = "${MPCONFIG=sitepass.db.user}",
        password = "${MPCONFIG=sitepass.db.password}",
        minPoolSize = 4,
        maxPoolSize = 64,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data"})
public class Migrations {

    public static final String DATA_SOURCE = "java:global/jdbc/sitepass";
    static final String LOCATION = "classpath:db/migration";
    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = apply(dataSource);
        LOG.info(() -> "schema at version " + result.targetSchemaVersion + ", " + result.migrationsExecuted
                + " migrations applied now");
    }

    /** Applies what is pending; on an up-to-date schema it applies nothing. */
    public static MigrateResult apply(DataSource dataSource) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .load()
                .migrate();
    }
}
