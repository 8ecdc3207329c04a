package io.atrium.sdk.testkit;

import io.atrium.sdk.plugin.PluginFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The plugin's node folder in a temporary folder, deleted when the kit closes. */
public final class TestPluginFolder implements PluginFolder {

  private final Path folder;

  TestPluginFolder(String pluginId) {
    try {
      this.folder = Files.createTempDirectory("atrium-test-" + pluginId + "-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Path path() {
    try {
      return Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void close() {
    TempFolders.delete(folder);
  }
}
