package io.atrium.forms.internal;

import io.atrium.forms.storage.StorageException;
import io.atrium.sdk.persistence.PluginPersistence;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The comments table ({@code V130__record_comments.sql}) with plain JDBC on the current
 * transaction's connection; every value is bound, the SQL is fixed text.
 */
final class CommentStore {

  /**
   * A stored comment.
   *
   * @param id its id
   * @param formKey the form
   * @param recordId the record
   * @param authorId who wrote it, or null
   * @param authorName their login name, or null
   * @param body the text as typed
   * @param mentions the ids told
   * @param createdAt when
   */
  record Row(long id, String formKey, long recordId, Long authorId, String authorName, String body,
      List<Long> mentions, Instant createdAt) {
  }

  private static final String COLUMNS = "id, form_key, record_id, author_id, author_name, body, mentions, created_at";

  private final PluginPersistence persistence;
  private final String table;

  CommentStore(PluginPersistence persistence) {
    this.persistence = persistence;
    this.table = persistence.tablePrefix() + "comment";
  }

  /** Inserts a comment; returns its id. */
  long insert(String formKey, long recordId, Long authorId, String authorName, String body, Instant at) {
    return run("Adding a comment", connection -> {
      try (PreparedStatement sql = connection.prepareStatement("INSERT INTO " + table
          + " (form_key, record_id, author_id, author_name, body, mentions, created_at) VALUES (?, ?, ?, ?, ?, '', ?)",
          Statement.RETURN_GENERATED_KEYS)) {
        sql.setString(1, formKey);
        sql.setLong(2, recordId);
        sql.setObject(3, authorId);
        sql.setString(4, authorName);
        sql.setString(5, body);
        sql.setObject(6, at.atOffset(ZoneOffset.UTC));
        sql.executeUpdate();
        try (ResultSet keys = sql.getGeneratedKeys()) {
          keys.next();
          return keys.getLong(1);
        }
      }
    });
  }

  /** Keeps whom a comment told. */
  void mentions(long id, List<Long> userIds) {
    run("Saving a comment's mentions", connection -> {
      try (PreparedStatement sql = connection.prepareStatement("UPDATE " + table + " SET mentions = ? WHERE id = ?")) {
        sql.setString(1, userIds.stream().map(String::valueOf).collect(Collectors.joining(",")));
        sql.setLong(2, id);
        return sql.executeUpdate();
      }
    });
  }

  /** A record's comments, oldest first. */
  List<Row> list(String formKey, long recordId, int offset, int limit) {
    return run("Reading comments", connection -> {
      try (PreparedStatement sql = connection.prepareStatement("SELECT " + COLUMNS + " FROM " + table
          + " WHERE form_key = ? AND record_id = ? ORDER BY id OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")) {
        sql.setString(1, formKey);
        sql.setLong(2, recordId);
        sql.setInt(3, offset);
        sql.setInt(4, limit);
        return rows(sql);
      }
    });
  }

  /** How many comments a record has. */
  long count(String formKey, long recordId) {
    return run("Counting comments", connection -> {
      try (PreparedStatement sql = connection.prepareStatement("SELECT COUNT(*) FROM " + table
          + " WHERE form_key = ? AND record_id = ?")) {
        sql.setString(1, formKey);
        sql.setLong(2, recordId);
        try (ResultSet rows = sql.executeQuery()) {
          rows.next();
          return rows.getLong(1);
        }
      }
    });
  }

  /** One comment of a record. */
  Optional<Row> find(String formKey, long recordId, long id) {
    return run("Reading a comment", connection -> {
      try (PreparedStatement sql = connection.prepareStatement("SELECT " + COLUMNS + " FROM " + table
          + " WHERE form_key = ? AND record_id = ? AND id = ?")) {
        sql.setString(1, formKey);
        sql.setLong(2, recordId);
        sql.setLong(3, id);
        return rows(sql).stream().findFirst();
      }
    });
  }

  /** Deletes a comment. */
  void delete(long id) {
    run("Deleting a comment", connection -> {
      try (PreparedStatement sql = connection.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
        sql.setLong(1, id);
        return sql.executeUpdate();
      }
    });
  }

  private static List<Row> rows(PreparedStatement sql) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (ResultSet row = sql.executeQuery()) {
      while (row.next()) {
        long author = row.getLong("author_id");
        Long authorId = row.wasNull() ? null : author;
        String mentions = row.getString("mentions");
        List<Long> ids = mentions == null || mentions.isBlank() ? List.of()
            : Arrays.stream(mentions.split(",")).map(Long::valueOf).toList();
        OffsetDateTime at = row.getObject("created_at", OffsetDateTime.class);
        rows.add(new Row(row.getLong("id"), row.getString("form_key"), row.getLong("record_id"), authorId,
            row.getString("author_name"), row.getString("body"), ids, at.toInstant()));
      }
    }
    return rows;
  }

  private interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private <T> T run(String what, Work<T> work) {
    try (Connection connection = persistence.dataSource().getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new StorageException(what + " failed: " + e.getMessage(), e);
    }
  }
}
