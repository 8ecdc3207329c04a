package io.atrium.sdk.testkit;

import io.atrium.kernel.persistence.DatabaseDialect;
import io.atrium.kernel.persistence.MigrationFailedException;
import io.atrium.kernel.persistence.SchemaMigrator;
import io.atrium.sdk.persistence.Database;
import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A plugin's migrations on the PostgreSQL database of the system property {@value #URL} (with
 * {@code atrium.test.pg.user} and {@code atrium.test.pg.password}), in a schema of its own that is
 * dropped at {@link #close()}. Transactions are plain JDBC ones, one connection each, as JTA gives
 * them to a plugin on the server; there is no entity manager. The plugin's tests need the
 * PostgreSQL driver on their class path.
 */
public final class PostgresSchema implements AutoCloseable {

  /** The system property with the JDBC URL; builds set it from {@code ATRIUM_TEST_PG_URL}. */
  public static final String URL = "atrium.test.pg.url";

  private final PGSimpleDataSource database = new PGSimpleDataSource();
  private final String schema;
  private final JdbcTransactions transactions = new JdbcTransactions(database);
  private final PluginPersistence persistence;

  /**
   * Connects, creates the schema and runs the plugin's migrations from {@code classpath:db/migration}.
   *
   * @param pluginId names the schema and the migration history
   * @param tablePrefix the plugin's table prefix, e.g. {@code forms_}
   */
  public PostgresSchema(String pluginId, String tablePrefix) {
    String url = System.getProperty(URL);
    if (url == null || url.isBlank()) {
      throw new IllegalStateException("PostgreSQL tests need the system property " + URL + "; the build sets it "
          + "when ATRIUM_TEST_PG_URL is set (see .ci/run)");
    }
    this.schema = pluginId.replaceAll("[^a-z0-9]", "_") + "_test_"
        + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    this.persistence = new JdbcPersistence(tablePrefix, transactions);
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
      new SchemaMigrator(database, DatabaseDialect.POSTGRESQL).migrate("plugin '" + pluginId + "'", tablePrefix,
          "classpath:db/migration");
    } catch (MigrationFailedException e) {
      close();
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** The plugin's persistence on the schema (JDBC only). */
  public PluginPersistence persistence() {
    return persistence;
  }

  /** Transactions over the schema. */
  public Transactions transactions() {
    return transactions;
  }

  /** The schema's data source outside any transaction, for checks a test makes on its own. */
  public DataSource dataSource() {
    return database;
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

  /** A plugin persistence of plain JDBC transactions on PostgreSQL. */
  private record JdbcPersistence(String tablePrefix, JdbcTransactions transactions) implements PluginPersistence {

    @Override
    public EntityManager entityManager() {
      throw new UnsupportedOperationException("The PostgreSQL test schema has JDBC transactions only");
    }

    @Override
    public DataSource dataSource() {
      return transactions.dataSource();
    }

    @Override
    public Database database() {
      return Database.POSTGRESQL;
    }
  }
}
