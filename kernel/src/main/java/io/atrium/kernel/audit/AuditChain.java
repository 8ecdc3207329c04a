package io.atrium.kernel.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Appends entries to the chain on a connection whose transaction the caller owns. The single row
 * of {@code atrium_audit_head} is locked first (an {@code UPDATE} that changes nothing), so writers
 * in other transactions and on other cluster nodes wait until this transaction ends and then chain
 * after its last entry; ids are drawn while the lock is held, so id order is chain order.
 */
final class AuditChain {

  /** H2 answers a lock wait longer than its lock timeout (1 s by default) with this state; PostgreSQL waits. */
  private static final String H2_LOCK_TIMEOUT = "HYT00";
  /** How long a writer keeps trying to get the head lock on H2. */
  private static final long LOCK_PATIENCE_NANOS = TimeUnit.SECONDS.toNanos(60);

  /**
   * Takes the head's row lock. Not {@code SELECT ... FOR UPDATE}: H2 parses that again on every
   * call (it keeps no such query in its statement cache), a profiled 4 % of a REST record create.
   */
  private static final String LOCK_HEAD = "UPDATE atrium_audit_head SET last_id = last_id WHERE id = 1";
  /** Reads the head once it is locked; the lock makes it the newest committed one. */
  private static final String READ_HEAD = "SELECT last_hash FROM atrium_audit_head WHERE id = 1";
  private static final String INSERT = "INSERT INTO atrium_audit (occurred_at, actor_id, actor_name, address, "
      + "user_agent, category, action, object_type, object_id, source, before_json, after_json, prev_hash, hash) "
      + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String MOVE_HEAD = "UPDATE atrium_audit_head SET last_id = ?, last_hash = ? WHERE id = 1";

  private AuditChain() {
  }

  /** Chains and inserts the entries in their order; returns them with id and hashes. */
  static List<AuditEntry> append(Connection connection, List<AuditEntry> entries) throws SQLException {
    String prevHash = lockHead(connection);
    List<AuditEntry> stored = new ArrayList<>(entries.size());
    long lastId = 0;
    try (PreparedStatement insert = connection.prepareStatement(INSERT, new String[] {"id"})) {
      for (AuditEntry entry : entries) {
        String hash = AuditHash.of(prevHash, entry);
        bind(insert, entry, prevHash, hash);
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
          if (!keys.next()) {
            throw new SQLException("The database returned no id for the audit entry");
          }
          lastId = keys.getLong(1);
        }
        stored.add(entry.chained(lastId, prevHash, hash));
        prevHash = hash;
      }
    }
    try (PreparedStatement move = connection.prepareStatement(MOVE_HEAD)) {
      move.setLong(1, lastId);
      move.setString(2, prevHash);
      if (move.executeUpdate() != 1) {
        throw new SQLException("The audit chain head (atrium_audit_head, id 1) is missing");
      }
    }
    return stored;
  }

  private static String lockHead(Connection connection) throws SQLException {
    long deadline = System.nanoTime() + LOCK_PATIENCE_NANOS;
    while (true) {
      try (PreparedStatement lock = connection.prepareStatement(LOCK_HEAD)) {
        if (lock.executeUpdate() != 1) {
          throw new SQLException("The audit chain head (atrium_audit_head, id 1) is missing");
        }
        break;
      } catch (SQLException e) {
        // H2 gives up waiting for a lock after its lock timeout without ending the transaction: wait on
        if (!H2_LOCK_TIMEOUT.equals(e.getSQLState()) || System.nanoTime() > deadline) {
          throw e;
        }
      }
    }
    try (PreparedStatement read = connection.prepareStatement(READ_HEAD); ResultSet head = read.executeQuery()) {
      if (!head.next()) {
        throw new SQLException("The audit chain head (atrium_audit_head, id 1) is missing");
      }
      return head.getString(1);
    }
  }

  private static void bind(PreparedStatement insert, AuditEntry entry, String prevHash, String hash)
      throws SQLException {
    insert.setObject(1, entry.occurredAt().atOffset(ZoneOffset.UTC));
    if (entry.actorId() == null) {
      insert.setNull(2, java.sql.Types.BIGINT);
    } else {
      insert.setLong(2, entry.actorId());
    }
    insert.setString(3, entry.actorName());
    insert.setString(4, entry.address());
    insert.setString(5, entry.userAgent());
    insert.setString(6, entry.category());
    insert.setString(7, entry.action());
    insert.setString(8, entry.objectType());
    insert.setString(9, entry.objectId());
    insert.setString(10, entry.source());
    insert.setString(11, entry.beforeJson());
    insert.setString(12, entry.afterJson());
    insert.setString(13, prevHash);
    insert.setString(14, hash);
  }
}
