package org.sitepass.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.ValidateResult;

/**
 * Brings the schema up to date at start-up, before anything uses JPA (schema generation is off), as the migration
 * account ({@code SITEPASS_DB_MIGRATION_USER}/{@code _PASSWORD}), which then grants the runtime account
 * ({@code SITEPASS_DB_USER}/{@code _PASSWORD}, the application's data source) what {@link RuntimeGrants} lists.
 * Production may withdraw the migration credentials once migrated: without them the start-up only checks, as the
 * runtime account, that the schema is current, and refuses to start when it is not. Nothing about the database is
 * built into the WAR.
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
        // The driver parses each statement's text on every prepare unless it keeps the parse (cachePrepStmts): that
        // was 40 % of a door check's query time. It knows its own autocommit and isolation (useLocalSessionState)
        // rather than asking the server at each transaction. Its OpenTelemetry spans (a span per statement) are off:
        // nothing here collects them.
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "cachePrepStmts=true", "prepStmtCacheSize=256", "prepStmtCacheSqlLimit=4096",
                "useLocalSessionState=true", "openTelemetry=DISABLED"})
public class Migrations {

    public static final String DATA_SOURCE = "java:global/jdbc/sitepass";
    static final String LOCATION = "classpath:db/migration";
    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "sitepass.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "sitepass.db.user")
    String runtimeUser;

    @Inject
    @ConfigProperty(name = "sitepass.db.runtime-hosts", defaultValue = "%")
    List<String> runtimeHosts;

    @Inject
    @ConfigProperty(name = "sitepass.db.migration.user")
    Optional<String> migrationUser;

    @Inject
    @ConfigProperty(name = "sitepass.db.migration.password")
    Optional<String> migrationPassword;

    @PostConstruct
    void migrate() {
        if (migrationUser.isEmpty()) {
            checkCurrent(dataSource);
            LOG.info("no migration credentials: the schema is current, nothing migrated");
            return;
        }
        Flyway flyway = flyway(Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(url, migrationUser.get(), migrationPassword.orElse("")));
        MigrateResult result = flyway.migrate();
        try {
            RuntimeGrants.apply(flyway.getConfiguration().getDataSource(), runtimeUser, runtimeHosts);
        } catch (SQLException e) {
            throw new IllegalStateException("could not grant the runtime database account its privileges", e);
        }
        LOG.info(() -> "schema at version " + result.targetSchemaVersion + ", " + result.migrationsExecuted
                + " migrations applied now, runtime account granted");
    }

    /** Fails unless every migration is applied, as it must be when nothing may migrate. */
    static void checkCurrent(DataSource runtime) {
        ValidateResult validation = flyway(Flyway.configure(Migrations.class.getClassLoader()).dataSource(runtime))
                .validateWithResult();
        if (!validation.validationSuccessful) {
            throw new IllegalStateException("the schema is not current and sitepass.db.migration.user is not set: "
                    + validation.getAllErrorMessages());
        }
    }

    /** Applies what is pending; on an up-to-date schema it applies nothing. */
    public static MigrateResult apply(DataSource dataSource) {
        return flyway(Flyway.configure(Migrations.class.getClassLoader()).dataSource(dataSource)).migrate();
    }

    private static Flyway flyway(FluentConfiguration configuration) {
        return configuration.locations(LOCATION).load();
    }
}
