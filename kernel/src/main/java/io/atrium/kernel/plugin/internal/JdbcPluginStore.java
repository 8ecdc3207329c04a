package io.atrium.kernel.plugin.internal;

import io.atrium.kernel.persistence.Jdbc;
import io.atrium.sdk.plugin.PluginState;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@link PluginStore} in the table {@code atrium_plugin}. */
public final class JdbcPluginStore implements PluginStore {

  private final Jdbc jdbc;

  /** Creates the store. */
  public JdbcPluginStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<String, StoredPlugin> load() {
    Map<String, StoredPlugin> plugins = new LinkedHashMap<>();
    jdbc.query("SELECT plugin_id, version, file_name, checksum, enabled, state, reason, changed_at "
        + "FROM atrium_plugin ORDER BY plugin_id", row -> new StoredPlugin(row.getString(1), row.getString(2),
        row.getString(3), row.getString(4), row.getBoolean(5), PluginState.valueOf(row.getString(6)),
        row.getString(7), Jdbc.instant(row, "changed_at")))
        .forEach(p -> plugins.put(p.id(), p));
    return plugins;
  }

  @Override
  public void save(StoredPlugin plugin) {
    String reason = plugin.reason() == null ? null
        : plugin.reason().length() > 4000 ? plugin.reason().substring(0, 4000) : plugin.reason();
    int updated = jdbc.update("UPDATE atrium_plugin SET version = ?, file_name = ?, checksum = ?, enabled = ?, "
        + "state = ?, reason = ?, changed_at = ? WHERE plugin_id = ?", plugin.version(), plugin.file(),
        plugin.checksum(), plugin.enabled(), plugin.state(), reason, plugin.changedAt(), plugin.id());
    if (updated == 0) {
      jdbc.update("INSERT INTO atrium_plugin (plugin_id, version, file_name, checksum, enabled, state, reason, "
          + "changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", plugin.id(), plugin.version(), plugin.file(),
          plugin.checksum(), plugin.enabled(), plugin.state(), reason, plugin.changedAt());
    }
  }

  @Override
  public void delete(String id) {
    jdbc.update("DELETE FROM atrium_plugin WHERE plugin_id = ?", id);
  }
}
