package io.atrium.systemtests;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The database a test server uses: H2 (the server's default, a file in its data folder), or the
 * PostgreSQL database named by ATRIUM_SYSTEM_TEST_PG_URL (else ATRIUM_TEST_PG_URL). There the
 * server gets a schema of its own, created here and dropped at the end, so runs neither see nor
 * damage each other's data.
 */
abstract class Database implements AutoCloseable {

  /** Variables naming the PostgreSQL database, in order: for the system tests, then for all tests. */
  private static final List<String> PG_PREFIXES = List.of("ATRIUM_SYSTEM_TEST_PG_", "ATRIUM_TEST_PG_");

  /** The server's default database. */
  static Database h2() {
    return new H2();
  }

  /** Whether a PostgreSQL database is named by the environment. */
  static boolean postgresConfigured() {
    return postgresPrefix().isPresent();
  }

  /** Which variables name the PostgreSQL database, for messages. */
  static String postgresVariables() {
    return "ATRIUM_SYSTEM_TEST_PG_URL (or ATRIUM_TEST_PG_URL) with _USER and _PASSWORD";
  }

  /** A schema of its own in the PostgreSQL database the environment names. */
  static Database postgres(String name) {
    String prefix = postgresPrefix().orElseThrow(() -> new IllegalStateException(postgresVariables() + " not set"));
    return new PostgresSchema(System.getenv(prefix + "URL").trim(),
        System.getenv().getOrDefault(prefix + "USER", "atrium"),
        System.getenv().getOrDefault(prefix + "PASSWORD", ""), name);
  }

  private static Optional<String> postgresPrefix() {
    return PG_PREFIXES.stream().filter(prefix -> {
      String url = System.getenv(prefix + "URL");
      return url != null && !url.isBlank();
    }).findFirst();
  }

  /** H2 or PostgreSQL, for messages. */
  abstract String kind();

  /** Variables that point the server to this database. */
  abstract Map<String, String> serverEnvironment();

  /** Whether a table exists; for H2 only while the server is stopped (H2 locks its file). */
  abstract boolean hasTable(Path dataDir, String table) throws SQLException;

  @Override
  public void close() {
  }

  /** The server's default: an H2 file under the data folder. */
  static final class H2 extends Database {

    @Override
    String kind() {
      return "H2";
    }

    @Override
    Map<String, String> serverEnvironment() {
      return Map.of();
    }

    @Override
    boolean hasTable(Path dataDir, String table) throws SQLException {
      String url = "jdbc:h2:file:" + dataDir.resolve("db").resolve("atrium")
          + ";MODE=LEGACY;IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
      try (Connection connection = DriverManager.getConnection(url, "sa", "");
          PreparedStatement query = connection.prepareStatement(
              "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_NAME) = ?")) {
        query.setString(1, table.toUpperCase(Locale.ROOT));
        return count(query) > 0;
      }
    }
  }

  /** A fresh schema in the PostgreSQL database named by ATRIUM_TEST_PG_URL. */
  static final class PostgresSchema extends Database {

    private final String url;
    private final String user;
    private final String password;
    private final String schema;

    PostgresSchema(String url, String user, String password, String name) {
      this.url = url;
      this.user = user;
      this.password = password;
      byte[] random = new byte[4];
      new SecureRandom().nextBytes(random);
      this.schema = ("it_" + name.replaceAll("[^A-Za-z0-9]", "_") + "_" + HexFormat.of().formatHex(random))
          .toLowerCase(Locale.ROOT);
      try (Connection connection = connect(); Statement statement = connection.createStatement()) {
        statement.execute("CREATE SCHEMA " + schema);
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot create the schema " + schema + " in " + url
            + " (" + postgresVariables() + " must name a user that may): " + e.getMessage(), e);
      }
    }

    private Connection connect() throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    @Override
    String kind() {
      return "PostgreSQL (schema " + schema + ")";
    }

    @Override
    Map<String, String> serverEnvironment() {
      String serverUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
      return Map.of("ATRIUM_DB_URL", serverUrl, "ATRIUM_DB_USER", user, "ATRIUM_DB_PASSWORD", password);
    }

    @Override
    boolean hasTable(Path dataDir, String table) throws SQLException {
      try (Connection connection = connect();
          PreparedStatement query = connection.prepareStatement(
              "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = ?")) {
        query.setString(1, schema);
        query.setString(2, table.toLowerCase(Locale.ROOT));
        return count(query) > 0;
      }
    }

    @Override
    public void close() {
      try (Connection connection = connect(); Statement statement = connection.createStatement()) {
        statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      } catch (SQLException e) {
        System.err.println("Cannot drop the test schema " + schema + ": " + e.getMessage());
      }
    }
  }

  private static long count(PreparedStatement query) throws SQLException {
    try (ResultSet rows = query.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
