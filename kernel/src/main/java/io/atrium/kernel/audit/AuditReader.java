package io.atrium.kernel.audit;

import io.atrium.kernel.persistence.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Reads the audit log, newest first, for the viewer, the REST API and the export. */
public final class AuditReader {

  /** Rows read per query when walking through many entries. */
  static final int BATCH = 500;

  static final String COLUMNS = "id, occurred_at, actor_id, actor_name, address, user_agent, category, action, "
      + "object_type, object_id, source, before_json, after_json, prev_hash, hash";

  private final Jdbc jdbc;

  /** Creates the reader. */
  public AuditReader(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** A page of entries and how many match in all. */
  public record Page(long total, List<AuditEntry> entries) {
  }

  /** The entries from {@code offset} on, newest first, at most {@code limit}, and the total. */
  public Page page(AuditFilter filter, int offset, int limit) {
    return new Page(count(filter), list(filter, offset, limit));
  }

  /** The entries from {@code offset} on, newest first, at most {@code limit}. */
  public List<AuditEntry> list(AuditFilter filter, int offset, int limit) {
    List<Object> params = new ArrayList<>();
    String where = filter.where(params);
    params.add(offset);
    params.add(limit);
    return jdbc.query("SELECT " + COLUMNS + " FROM atrium_audit" + where
        + " ORDER BY id DESC OFFSET ? ROWS FETCH FIRST ? ROWS ONLY", AuditReader::map, params.toArray());
  }

  /** How many entries match. */
  public long count(AuditFilter filter) {
    List<Object> params = new ArrayList<>();
    String where = filter.where(params);
    return jdbc.queryOne("SELECT COUNT(*) FROM atrium_audit" + where, row -> row.getLong(1), params.toArray())
        .orElse(0L);
  }

  /**
   * The {@code data} entries one source (a plugin) wrote on an object, oldest first: what a
   * plugin's change history shows. Entries of other sources never match.
   */
  public List<AuditEntry> ofObject(String source, String objectType, String objectId, int offset, int limit) {
    return jdbc.query("SELECT " + COLUMNS + " FROM atrium_audit WHERE category = 'data' AND source = ?"
        + " AND object_type = ? AND object_id = ? ORDER BY id OFFSET ? ROWS FETCH FIRST ? ROWS ONLY",
        AuditReader::map, source, objectType, objectId, offset, limit);
  }

  /** One entry. */
  public Optional<AuditEntry> find(long id) {
    return jdbc.queryOne("SELECT " + COLUMNS + " FROM atrium_audit WHERE id = ?", AuditReader::map, id);
  }

  /**
   * Hands every matching entry to {@code consumer}, newest first, reading {@value #BATCH} at a
   * time by id so that memory stays bounded however many there are.
   */
  public void forEach(AuditFilter filter, Consumer<AuditEntry> consumer) {
    long below = Long.MAX_VALUE;
    while (true) {
      List<Object> params = new ArrayList<>();
      String where = filter.where(params);
      params.add(below);
      params.add(BATCH);
      List<AuditEntry> batch = jdbc.query("SELECT " + COLUMNS + " FROM atrium_audit" + where
          + (where.isEmpty() ? " WHERE" : " AND") + " id < ? ORDER BY id DESC FETCH FIRST ? ROWS ONLY",
          AuditReader::map, params.toArray());
      batch.forEach(consumer);
      if (batch.size() < BATCH) {
        return;
      }
      below = batch.get(batch.size() - 1).id();
    }
  }

  static AuditEntry map(ResultSet row) throws SQLException {
    long actorId = row.getLong("actor_id");
    Long actor = row.wasNull() ? null : actorId;
    return new AuditEntry(row.getLong("id"), Jdbc.instant(row, "occurred_at"), actor, row.getString("actor_name"),
        row.getString("address"), row.getString("user_agent"), row.getString("category"), row.getString("action"),
        row.getString("object_type"), row.getString("object_id"), row.getString("source"),
        row.getString("before_json"), row.getString("after_json"), row.getString("prev_hash"), row.getString("hash"));
  }
}
