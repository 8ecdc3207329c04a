package io.atrium.kernel.plugin;

import io.atrium.sdk.plugin.PluginFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A plugin's folder on this node: {@code <data>/plugin-data/<pluginId>}. */
public final class DataPluginFolder implements PluginFolder {

  /** The folder under the data folder that holds one folder per plugin. */
  public static final String PARENT = "plugin-data";

  private final Path path;

  /** The folder of the plugin; its id was checked when the plugin was installed, so it is a plain name. */
  public DataPluginFolder(Path dataDir, String pluginId) {
    if (!PluginId.isValid(pluginId)) {
      throw new IllegalArgumentException("Not a plugin id: " + pluginId);
    }
    this.path = dataDir.resolve(PARENT).resolve(pluginId);
  }

  @Override
  public Path path() {
    try {
      return Files.createDirectories(path);
    } catch (IOException e) {
      throw new UncheckedIOException("The plugin folder " + path + " cannot be created: " + e.getMessage(), e);
    }
  }
}
