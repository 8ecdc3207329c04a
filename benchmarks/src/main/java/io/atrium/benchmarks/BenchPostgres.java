package io.atrium.benchmarks;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The benchmarks' own PostgreSQL databases, emptied before each run. */
public final class BenchPostgres {

  private BenchPostgres() {
  }

  /**
   * Empties a benchmark database and returns its server's version; refuses any database whose name
   * does not say it is for benchmarks, so that a wrong URL never wipes real data.
   *
   * @throws SQLException when the database is not reachable
   */
  public static String empty(String url, String user, String password) throws SQLException {
    String database = URI.create(url.substring(5)).getPath().replace("/", "");
    if (!database.contains("bench")) {
      throw new IllegalArgumentException("The benchmark empties its database; " + database
          + " is not named for benchmarks (its name must contain 'bench')");
    }
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement sql = connection.createStatement()) {
      sql.execute("DROP SCHEMA IF EXISTS public CASCADE");
      sql.execute("CREATE SCHEMA public");
      return connection.getMetaData().getDatabaseProductVersion();
    }
  }
}
