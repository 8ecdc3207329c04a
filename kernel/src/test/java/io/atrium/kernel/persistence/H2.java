package io.atrium.kernel.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** A fresh in-memory H2 database per call, in the LEGACY mode the kernel runs H2 in. */
final class H2 {

  private H2() {
  }

  static JdbcDataSource memory() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=LEGACY");
    dataSource.setUser("sa");
    dataSource.setPassword("");
    return dataSource;
  }

  /** Drops the database, which DB_CLOSE_DELAY=-1 would otherwise keep for the whole JVM. */
  static void shutdown(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    }
  }

  /** Table names of the PUBLIC schema, lower case, sorted. */
  static List<String> tables(DataSource dataSource) throws SQLException {
    return strings(dataSource, "SELECT LOWER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES "
        + "WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY 1");
  }

  /** Every first column of a query, as strings. */
  static List<String> strings(DataSource dataSource, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  static void execute(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
