package io.atrium.kernel.blob;

import io.atrium.kernel.persistence.Jdbc;
import io.atrium.sdk.blob.StoredBlob;
import java.util.Optional;

/** {@link BlobIndex} in the kernel table {@code atrium_blob}. */
public final class JdbcBlobIndex implements BlobIndex {

  private final Jdbc jdbc;

  /** The index in the platform database. */
  public JdbcBlobIndex(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void insert(String pluginId, StoredBlob blob) {
    jdbc.update("INSERT INTO atrium_blob (id, plugin_id, filename, media_type, size_bytes, sha256, stored_at) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?)", blob.id(), pluginId, blob.filename(), blob.mediaType(), blob.size(),
        blob.sha256(), blob.storedAt());
  }

  @Override
  public Optional<StoredBlob> find(String pluginId, String id) {
    return jdbc.queryOne("SELECT id, filename, media_type, size_bytes, sha256, stored_at FROM atrium_blob "
        + "WHERE id = ? AND plugin_id = ?", row -> new StoredBlob(row.getString("id"), row.getString("filename"),
            row.getString("media_type"), row.getLong("size_bytes"), row.getString("sha256"),
            Jdbc.instant(row, "stored_at")), id, pluginId);
  }

  @Override
  public boolean delete(String pluginId, String id) {
    return jdbc.update("DELETE FROM atrium_blob WHERE id = ? AND plugin_id = ?", id, pluginId) > 0;
  }
}
