package io.atrium.benchmarks.forms;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The database's share of a list page: the SQL the plugin runs for one page with a filter and a
 * sort (the page, one row more to know whether more follow, and the count capped at 10,000 like the
 * list's), hand-written on a connection of its own. It puts the REST figures in proportion.
 */
final class ListQuery implements Workers.Operation {

  private final Connection connection;
  private final PreparedStatement page;
  private final PreparedStatement count;
  private final String category;
  private final int pages;
  private final int limit;

  ListQuery(String url, String user, String password, BenchForm.Allocation allocation, String category, int pages,
      int limit) throws SQLException {
    this.connection = DriverManager.getConnection(url, user, password);
    this.category = category;
    this.pages = pages;
    this.limit = limit;
    String where = " FROM " + allocation.table() + " r WHERE r.deleted = FALSE AND r." + allocation.column("category")
        + " = ?";
    this.page = connection.prepareStatement("SELECT r.*" + where + " ORDER BY r." + allocation.column("amount")
        + " DESC NULLS FIRST, r.id DESC OFFSET ? ROWS FETCH NEXT " + (limit + 1) + " ROWS ONLY");
    this.count = connection.prepareStatement("SELECT COUNT(*) FROM (SELECT 1" + where
        + " FETCH FIRST 10001 ROWS ONLY) x");
  }

  /** The exact number of live records of a category. */
  static long matches(Connection connection, BenchForm.Allocation allocation, String category) throws SQLException {
    try (PreparedStatement sql = connection.prepareStatement("SELECT COUNT(*) FROM " + allocation.table()
        + " WHERE deleted = FALSE AND " + allocation.column("category") + " = ?")) {
      sql.setString(1, category);
      try (ResultSet rows = sql.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  @Override
  public void run(long n) throws SQLException {
    page.setString(1, category);
    page.setInt(2, ThreadLocalRandom.current().nextInt(pages) * limit);
    try (ResultSet rows = page.executeQuery()) {
      while (rows.next()) {
        rows.getLong(1);
      }
    }
    count.setString(1, category);
    try (ResultSet rows = count.executeQuery()) {
      rows.next();
    }
  }

  @Override
  public void close() throws SQLException {
    page.close();
    count.close();
    connection.close();
  }
}
