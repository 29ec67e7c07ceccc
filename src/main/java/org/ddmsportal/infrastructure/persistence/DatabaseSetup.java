package org.ddmsportal.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date before anything uses it, and — when
 * {@code app.demo-data} is true — loads the demo data once.
 *
 * <p>The schema is made by Flyway migrations only ({@code db/migration}); nothing is generated
 * from the entities. Demo data lives apart ({@code db/demo}) with its own history table, so a
 * production database never sees it and the demo is loaded exactly once, however often the
 * portal restarts. The data source's URL, user and password come from MicroProfile Config
 * (environment, system properties) — never from the repository.
 *
 * <p>Flyway gets its own plain connection rather than the container's pool: the pooled data
 * source is XA-capable and refuses the commits Flyway issues between migrations.
 */
@DataSourceDefinition(
        name = DatabaseSetup.DATA_SOURCE,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=app.db.url}",
        user = "${MPCONFIG=app.db.user}",
        password = "${MPCONFIG=app.db.password}",
        minPoolSize = 2,
        maxPoolSize = 30,
        // A pooled connection the driver has closed (a health probe's isValid that timed out under
        // load, a database restart) is found and replaced when it is handed out, not given to a
        // request that then fails with "Connection closed". The check is Connection.isValid, which
        // MariaDB Connector/J answers with a protocol ping: MySQLConnectionValidation's SELECT '1'
        // doubled the statements of every page (24 of the header search's 48) and MariaDB's Com_select.
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation"
        })
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseSetup {

    public static final String DATA_SOURCE = "java:app/jdbc/ddms";

    private static final Logger LOG = Logger.getLogger(DatabaseSetup.class.getName());

    @Inject
    @ConfigProperty(name = "app.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "app.db.user")
    String user;

    @Inject
    @ConfigProperty(name = "app.db.password", defaultValue = "")
    String password;

    @Inject
    @ConfigProperty(name = "app.demo-data", defaultValue = "false")
    boolean demoData;

    /** Gives every dataset without a stored country its country by the rule (see {@link #migrate()}). */
    public static final String LOCATE_DATASETS = "UPDATE dataset d JOIN organisation pr ON pr.id = d.provider_id"
            + " LEFT JOIN pilot pi ON pi.id = d.pilot_id LEFT JOIN organisation pic ON pic.id = pi.city_id"
            + " LEFT JOIN partnership ps ON ps.id = d.partnership_id"
            + " LEFT JOIN organisation psl ON psl.id = ps.lead_organisation_id"
            + " SET d.country_id = COALESCE(pic.country_id, psl.country_id, pr.country_id)"
            + " WHERE d.country_id IS NULL";

    /**
     * Gives every dataset its provider's name where it is missing (a row inserted by SQL) or not the
     * name now (a save that raced a rename): V24, the list's order by provider; see {@link #migrate()}.
     */
    public static final String NAME_DATASET_PROVIDERS = "UPDATE dataset d JOIN organisation pr ON pr.id = d.provider_id"
            + " SET d.provider_name = pr.name WHERE d.provider_name IS NULL OR BINARY d.provider_name <> BINARY pr.name";

    /**
     * Datasets inserted by SQL without their country (the demo data, a bulk load) get it by the
     * rule {@code Dataset.countryOf} applies: the producing pilot city's, else the partnership
     * lead's, else the provider's (V12 stores it for the lists' index).
     */
    private static void locateDatasets(javax.sql.DataSource plain) {
        try (Connection c = plain.getConnection(); Statement s = c.createStatement()) {
            int located = s.executeUpdate(LOCATE_DATASETS);
            if (located > 0) {
                LOG.info(() -> "Datasets given their country: " + located);
            }
            int named = s.executeUpdate(NAME_DATASET_PROVIDERS);
            if (named > 0) {
                LOG.info(() -> "Datasets given their provider's name: " + named);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot give datasets their country and their provider's name", e);
        }
    }

    /** Migrations found not applied after {@link #migrate()} (the WAR's set cannot change while it runs). */
    private volatile int pending = -1;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .load();
        MigrateResult result = flyway.migrate();
        pending = flyway.info().pending().length;
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        if (demoData) {
            MigrateResult demo = Flyway.configure(getClass().getClassLoader())
                    .dataSource(url, user, password)
                    .locations("classpath:db/demo")
                    .table("flyway_demo_history")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            LOG.info(() -> "Demo data: " + demo.migrationsExecuted + " scripts applied now");
        }
        locateDatasets(flyway.getConfiguration().getDataSource());
    }

    /**
     * The migrations not yet applied (for the readiness check), as found when the portal started
     * and migrated: asking Flyway again on every probe scanned the class path and opened a
     * connection of its own each time, behind this singleton's lock — under load the probes
     * queued past their timeout and the bench stack was never "ready" (issue 12).
     */
    @Lock(LockType.READ)
    public int pendingMigrations() {
        return pending;
    }
}
