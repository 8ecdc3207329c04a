package io.atrium.kernel.plugin.internal;

import io.atrium.kernel.plugin.PluginManifest;
import io.atrium.kernel.plugin.PluginRejectedException;
import java.nio.file.Path;

/** The bundle operations behind the registry, keyed by plugin id. */
public interface PluginRuntime {

  /** Installs the jar as a bundle, replacing the bundle of the same plugin if there is one. */
  void install(PluginManifest manifest, Path jar) throws PluginRejectedException;

  /**
   * Resolves the bundle, runs its migrations, starts it and checks its components came up.
   *
   * @throws PluginRejectedException with an administrator-facing reason; the bundle is stopped then
   */
  void start(PluginManifest manifest) throws PluginRejectedException;

  /** Stops the bundle if it runs. */
  void stop(String id);

  /** Removes the bundle. */
  void uninstall(String id);

  /** Whether the plugin's bundle is installed. */
  boolean isInstalled(String id);

  /** Whether the plugin's bundle is running. */
  boolean isActive(String id);
}
