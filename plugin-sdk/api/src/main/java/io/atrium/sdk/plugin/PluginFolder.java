package io.atrium.sdk.plugin;

import java.nio.file.Path;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Host service, one per plugin: a folder of the plugin's own on this node, under
 * {@code <data>/plugin-data/<pluginId>}, for files a node rebuilds if they are lost (a search
 * index, a cache). It survives restarts and updates of the plugin, and uninstalling keeps it as
 * the plugin's tables are kept. It is not shared by the nodes of a cluster and not in backups of
 * the database: files people upload belong in the {@code BlobStore}.
 */
@ProviderType
public interface PluginFolder {

  /**
   * The folder, created if it does not exist yet.
   *
   * @throws java.io.UncheckedIOException when it cannot be created
   */
  Path path();
}
