package io.atrium.forms.storage;

import io.atrium.kernel.persistence.DatabaseDialect;
import io.atrium.kernel.persistence.MigrationFailedException;
import io.atrium.kernel.persistence.SchemaMigrator;
import io.atrium.sdk.persistence.Database;
import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.testkit.JdbcTransactions;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.time.AtriumClock;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The storage on a PostgreSQL database given by the system property {@value #URL} (with
 * {@code atrium.test.pg.user} and {@code atrium.test.pg.password}), in a schema of its own that
 * is dropped at the end. Transactions are plain JDBC ones, one connection per transaction, as JTA
 * gives the plugin on the server.
 */
public final class PostgresHarness extends StorageHarness {

  /** The system property with the JDBC URL; the build sets it from {@code ATRIUM_TEST_PG_URL}. */
  public static final String URL = "atrium.test.pg.url";

  private final PGSimpleDataSource database = new PGSimpleDataSource();
  private final String schema = "forms_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  private final JdbcTransactions transactions = new JdbcTransactions(database);
  private final TestingClock clock = new TestingClock();
  private final CurrentUser user = new TestingUser();
  private final PluginPersistence persistence = new PluginPersistence() {
    @Override
    public EntityManager entityManager() {
      throw new UnsupportedOperationException("The storage uses JDBC only");
    }

    @Override
    public String tablePrefix() {
      return "forms_";
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
  public PostgresHarness() {
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
      new SchemaMigrator(database, DatabaseDialect.POSTGRESQL).migrate("plugin 'forms'", "forms_",
          "classpath:db/migration");
    } catch (MigrationFailedException e) {
      close();
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  @Override
  public PluginPersistence persistence() {
    return persistence;
  }

  @Override
  public Transactions transactions() {
    return transactions;
  }

  @Override
  public TestingClock clock() {
    return clock;
  }

  @Override
  public CurrentUser user() {
    return user;
  }

  @Override
  public void advanceClock(Duration amount) {
    clock.advance(amount);
  }

  @Override
  public DataSource raw() {
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

  /** A clock that stands still until moved, in the company zone Asia/Shanghai. */
  public static final class TestingClock implements AtriumClock {
    private volatile Instant now = Instant.parse("2026-01-05T01:00:00Z");

    @Override
    public Instant now() {
      return now;
    }

    @Override
    public ZoneId zone() {
      return ZoneId.of("Asia/Shanghai");
    }

    @Override
    public Clock asClock() {
      return Clock.fixed(now, zone());
    }

    /** Moves the clock. */
    public void advance(Duration amount) {
      now = now.plus(amount);
    }
  }

  private static final class TestingUser implements CurrentUser {
    @Override
    public Optional<String> username() {
      return Optional.of("tester");
    }

    @Override
    public Optional<Long> userId() {
      return Optional.of(1L);
    }

    @Override
    public Locale locale() {
      return Locale.ENGLISH;
    }

    @Override
    public boolean isPermitted(String permission) {
      return true;
    }
  }
}
