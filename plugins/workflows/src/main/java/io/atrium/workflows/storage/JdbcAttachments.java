package io.atrium.workflows.storage;

import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The files uploaded for tasks and the trail entries that carry them. */
public final class JdbcAttachments {

  private static final String COLUMNS = "blob_id, instance_id, task_id, uploaded_by, trail_seq";

  private final PluginPersistence persistence;
  private final Transactions transactions;
  private final String table;

  /** The attachments on the plugin's database. */
  public JdbcAttachments(PluginPersistence persistence, Transactions transactions) {
    this.persistence = persistence;
    this.transactions = transactions;
    this.table = persistence.tablePrefix() + "attachment";
  }

  /** Records an upload, not attached to any action yet. */
  public void add(StoredAttachment attachment, Instant at) {
    transactions.required(() -> {
      try (Connection c = persistence.dataSource().getConnection();
          PreparedStatement sql = c.prepareStatement("INSERT INTO " + table
              + " (blob_id, instance_id, task_id, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?)")) {
        sql.setString(1, attachment.blobId());
        sql.setString(2, attachment.instanceId());
        sql.setString(3, attachment.taskId());
        sql.setLong(4, attachment.uploadedBy());
        Rows.setInstant(sql, 5, at);
        sql.executeUpdate();
        return null;
      } catch (SQLException e) {
        throw new StorageException("Recording attachment " + attachment.blobId() + " failed: " + e.getMessage(), e);
      }
    });
  }

  /** One attachment. */
  public Optional<StoredAttachment> find(String blobId) {
    return transactions.required(() -> {
      try (Connection c = persistence.dataSource().getConnection();
          PreparedStatement sql = c.prepareStatement("SELECT " + COLUMNS + " FROM " + table + " WHERE blob_id = ?")) {
        sql.setString(1, blobId);
        try (ResultSet rows = sql.executeQuery()) {
          return rows.next() ? Optional.of(row(rows)) : Optional.<StoredAttachment>empty();
        }
      } catch (SQLException e) {
        throw new StorageException("Reading attachment " + blobId + " failed: " + e.getMessage(), e);
      }
    });
  }

  /** Ties an upload to the trail entry of the action that carried it; false when it was tied already. */
  public boolean attach(String blobId, int trailSeq) {
    return transactions.required(() -> {
      try (Connection c = persistence.dataSource().getConnection();
          PreparedStatement sql = c.prepareStatement("UPDATE " + table
              + " SET trail_seq = ? WHERE blob_id = ? AND trail_seq IS NULL")) {
        sql.setInt(1, trailSeq);
        sql.setString(2, blobId);
        return sql.executeUpdate() == 1;
      } catch (SQLException e) {
        throw new StorageException("Attaching " + blobId + " failed: " + e.getMessage(), e);
      }
    });
  }

  /** An instance's attachments that actions carried, in upload order. */
  public List<StoredAttachment> ofInstance(String instanceId) {
    return transactions.required(() -> {
      try (Connection c = persistence.dataSource().getConnection();
          PreparedStatement sql = c.prepareStatement("SELECT " + COLUMNS + " FROM " + table
              + " WHERE instance_id = ? AND trail_seq IS NOT NULL ORDER BY uploaded_at, blob_id")) {
        sql.setString(1, instanceId);
        List<StoredAttachment> found = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery()) {
          while (rows.next()) {
            found.add(row(rows));
          }
        }
        return found;
      } catch (SQLException e) {
        throw new StorageException("Reading the attachments of " + instanceId + " failed: " + e.getMessage(), e);
      }
    });
  }

  private static StoredAttachment row(ResultSet rows) throws SQLException {
    int seq = rows.getInt("trail_seq");
    Integer trailSeq = rows.wasNull() ? null : seq;
    return new StoredAttachment(rows.getString("blob_id"), rows.getString("instance_id"), rows.getString("task_id"),
        rows.getLong("uploaded_by"), trailSeq);
  }
}
