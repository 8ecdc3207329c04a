package io.atrium.kernel.plugin;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The installed plugins and their life cycle: install → resolve → start → stop → update →
 * uninstall. State and the administrator's enable/disable choice survive restarts.
 */
public interface PluginRegistry {

  /** All installed plugins, ordered by id. */
  List<PluginInfo> list();

  /** One plugin. */
  Optional<PluginInfo> find(String id);

  /** Jars in the plugin folder that were refused, ordered by file name. */
  List<RejectedJar> rejected();

  /**
   * Installs an uploaded jar, or updates the installed plugin with the same id, and starts it
   * unless an administrator disabled it. The jar is copied into the plugin folder.
   *
   * @param upload a jar outside the plugin folder; the caller deletes it afterwards
   * @param fileName the name the administrator gave the file, for messages
   * @throws PluginRejectedException when the jar is refused; nothing changes then
   */
  PluginInfo upload(Path upload, String fileName) throws PluginRejectedException;

  /** Starts a plugin and remembers that it is enabled. */
  PluginInfo enable(String id);

  /** Stops a plugin and remembers that it is disabled. */
  PluginInfo disable(String id);

  /**
   * Stops and removes a plugin from the data folder; its tables and data stay in the database.
   *
   * @throws PluginOperationException for built-in plugins, which can only be disabled
   */
  void uninstall(String id);
}
