package io.atrium.kernel.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Small JDBC helper for the kernel's own tables. Statements always take parameters; SQL is never
 * built from input. Inside a JTA transaction the connection joins it.
 */
public final class Jdbc {

  /** Maps the current row of a result set. */
  @FunctionalInterface
  public interface RowMapper<T> {
    /** Maps one row. */
    T map(ResultSet row) throws SQLException;
  }

  private final DataSource dataSource;

  /** Creates the helper over a data source. */
  public Jdbc(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The data source. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** Runs an insert, update or delete and returns the number of rows changed. */
  public int update(String sql, Object... params) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepare(connection, sql, params)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException(sql, e);
    }
  }

  /** Runs an insert into a table with an identity column {@code id} and returns the new id. */
  public long insert(String sql, Object... params) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepare(connection, sql, new String[] {"id"}, params)) {
      statement.executeUpdate();
      try (ResultSet keys = statement.getGeneratedKeys()) {
        if (!keys.next()) {
          throw new SQLException("The database returned no generated id");
        }
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw new DataAccessException(sql, e);
    }
  }

  /**
   * Runs an insert that may add no row (PostgreSQL's {@code ON CONFLICT DO NOTHING}) into a table
   * with an identity column {@code id}; returns the new id, or empty when nothing was inserted.
   */
  public Optional<Long> insertIfNew(String sql, Object... params) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepare(connection, sql, new String[] {"id"}, params)) {
      if (statement.executeUpdate() == 0) {
        return Optional.empty();
      }
      try (ResultSet keys = statement.getGeneratedKeys()) {
        if (!keys.next()) {
          throw new SQLException("The database returned no generated id");
        }
        return Optional.of(keys.getLong(1));
      }
    } catch (SQLException e) {
      throw new DataAccessException(sql, e);
    }
  }

  /** Runs a query and maps every row. */
  public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepare(connection, sql, params);
        ResultSet rows = statement.executeQuery()) {
      List<T> result = new ArrayList<>();
      while (rows.next()) {
        result.add(mapper.map(rows));
      }
      return result;
    } catch (SQLException e) {
      throw new DataAccessException(sql, e);
    }
  }

  /** Runs a query expected to return at most one row. */
  public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) {
    List<T> rows = query(sql, mapper, params);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /** Reads a timestamp column as an instant, or null. */
  public static Instant instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object... params) throws SQLException {
    return prepare(connection, sql, null, params);
  }

  private static PreparedStatement prepare(Connection connection, String sql, String[] keys, Object... params)
      throws SQLException {
    PreparedStatement statement = keys == null ? connection.prepareStatement(sql)
        : connection.prepareStatement(sql, keys);
    for (int i = 0; i < params.length; i++) {
      Object param = params[i];
      if (param instanceof Instant instant) {
        statement.setObject(i + 1, instant.atOffset(ZoneOffset.UTC));
      } else if (param instanceof Timestamp timestamp) {
        statement.setTimestamp(i + 1, timestamp);
      } else if (param instanceof Enum<?> constant) {
        statement.setString(i + 1, constant.name());
      } else {
        statement.setObject(i + 1, param);
      }
    }
    return statement;
  }

  /** A failed statement, with the SQL (never the values) in the message. */
  public static final class DataAccessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DataAccessException(String sql, SQLException cause) {
      super("Database statement failed: " + cause.getMessage() + " [" + sql + "]", cause);
    }
  }
}
