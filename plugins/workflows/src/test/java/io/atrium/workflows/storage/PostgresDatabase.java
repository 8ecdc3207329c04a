package io.atrium.workflows.storage;

import io.atrium.kernel.persistence.DatabaseDialect;
import io.atrium.kernel.persistence.MigrationFailedException;
import io.atrium.kernel.persistence.SchemaMigrator;
import io.atrium.sdk.persistence.Database;
import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.testkit.JdbcTransactions;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The plugin's migrations on the PostgreSQL database of the system property {@value #URL} (with
 * {@code atrium.test.pg.user} and {@code atrium.test.pg.password}), in a schema of its own that is
 * dropped at the end; plain JDBC transactions, one connection each, as JTA gives them on the server.
 */
final class PostgresDatabase implements AutoCloseable {

  /** The system property with the JDBC URL; the build sets it from {@code ATRIUM_TEST_PG_URL}. */
  static final String URL = "atrium.test.pg.url";

  private final PGSimpleDataSource database = new PGSimpleDataSource();
  private final String schema = "workflows_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  private final JdbcTransactions transactions = new JdbcTransactions(database);
  private final PluginPersistence persistence = new PluginPersistence() {
    @Override
    public EntityManager entityManager() {
      throw new UnsupportedOperationException("The store uses JDBC only");
    }

    @Override
    public String tablePrefix() {
      return "workflows_";
    }

    @Override
    public DataSource dataSource() {
      return transactions.dataSource();
    }

    @Override
    public Database database() {
      return Database.POSTGRESQL;
    }
  };

  /** Connects, creates the schema and migrates it. */
  PostgresDatabase() {
    String url = System.getProperty(URL);
    if (url == null || url.isBlank()) {
      throw new IllegalStateException("PostgreSQL tests need the system property " + URL + "; the build sets it "
          + "when ATRIUM_TEST_PG_URL is set (see .ci/run)");
    }
    database.setURL(url);
    database.setUser(System.getProperty("atrium.test.pg.user", ""));
    database.setPassword(System.getProperty("atrium.test.pg.password", ""));
    try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
      sql.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("The PostgreSQL test schema could not be created: " + e.getMessage(), e);
    }
    database.setCurrentSchema(schema);
    try {
      new SchemaMigrator(database, DatabaseDialect.POSTGRESQL).migrate("plugin 'workflows'", "workflows_",
          "classpath:db/migration");
    } catch (MigrationFailedException e) {
      close();
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** The plugin's persistence on the schema. */
  PluginPersistence persistence() {
    return persistence;
  }

  /** Transactions over the schema. */
  Transactions transactions() {
    return transactions;
  }

  @Override
  public void close() {
    database.setCurrentSchema(null);
    try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
      sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("The PostgreSQL test schema " + schema + " could not be dropped", e);
    }
  }
}
