package io.atrium.kernel.plugin.internal;

import io.atrium.kernel.plugin.PluginManifest;
import io.atrium.kernel.plugin.PluginOrigin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A validated plugin jar in one of the plugin folders.
 *
 * @param path where it lies
 * @param manifest its headers
 * @param origin which folder
 * @param checksum SHA-256 of its bytes
 */
record PluginJar(Path path, PluginManifest manifest, PluginOrigin origin, String checksum) {

  String file() {
    return path.getFileName().toString();
  }

  static String checksum(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
