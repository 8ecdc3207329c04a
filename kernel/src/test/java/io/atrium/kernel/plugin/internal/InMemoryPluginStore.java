package io.atrium.kernel.plugin.internal;

import java.util.Map;
import java.util.TreeMap;

/** A {@link PluginStore} in a map; survives registries, like the database does. */
final class InMemoryPluginStore implements PluginStore {

  private final Map<String, StoredPlugin> plugins = new TreeMap<>();

  @Override
  public synchronized Map<String, StoredPlugin> load() {
    return new TreeMap<>(plugins);
  }

  @Override
  public synchronized void save(StoredPlugin plugin) {
    plugins.put(plugin.id(), plugin);
  }

  @Override
  public synchronized void delete(String id) {
    plugins.remove(id);
  }

  synchronized StoredPlugin get(String id) {
    return plugins.get(id);
  }
}
