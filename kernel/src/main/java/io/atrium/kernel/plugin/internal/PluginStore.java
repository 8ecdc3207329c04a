package io.atrium.kernel.plugin.internal;

import java.util.Map;

/** Persists the registry's view of each plugin. */
public interface PluginStore {

  /** Every stored plugin by id. */
  Map<String, StoredPlugin> load();

  /** Inserts or replaces the record of {@code plugin.id()}. */
  void save(StoredPlugin plugin);

  /** Forgets a plugin. */
  void delete(String id);
}
