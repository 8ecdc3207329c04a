package io.atrium.workflows.storage;

import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Which blob holds the handwritten signature of which task. */
public final class JdbcSignatures {

  private final PluginPersistence persistence;
  private final Transactions transactions;
  private final String table;

  /** The signatures on the plugin's database. */
  public JdbcSignatures(PluginPersistence persistence, Transactions transactions) {
    this.persistence = persistence;
    this.transactions = transactions;
    this.table = persistence.tablePrefix() + "signature";
  }

  /** Records the signature of a task. */
  public void save(String taskId, String instanceId, String blobId, long signerId, Instant at) {
    transactions.required(() -> {
      try (Connection c = persistence.dataSource().getConnection();
          PreparedStatement sql = c.prepareStatement("INSERT INTO " + table
              + " (task_id, instance_id, blob_id, signer_id, signed_at) VALUES (?, ?, ?, ?, ?)")) {
        sql.setString(1, taskId);
        sql.setString(2, instanceId);
        sql.setString(3, blobId);
        sql.setLong(4, signerId);
        Rows.setInstant(sql, 5, at);
        sql.executeUpdate();
        return null;
      } catch (SQLException e) {
        throw new StorageException("Recording the signature of task " + taskId + " failed: " + e.getMessage(), e);
      }
    });
  }

  /** An instance's signatures: task id to blob id. */
  public Map<String, String> ofInstance(String instanceId) {
    return transactions.required(() -> {
      try (Connection c = persistence.dataSource().getConnection();
          PreparedStatement sql = c.prepareStatement("SELECT task_id, blob_id FROM " + table
              + " WHERE instance_id = ?")) {
        sql.setString(1, instanceId);
        Map<String, String> blobs = new LinkedHashMap<>();
        try (ResultSet rows = sql.executeQuery()) {
          while (rows.next()) {
            blobs.put(rows.getString("task_id"), rows.getString("blob_id"));
          }
        }
        return blobs;
      } catch (SQLException e) {
        throw new StorageException("Reading the signatures of instance " + instanceId + " failed: "
            + e.getMessage(), e);
      }
    });
  }
}
