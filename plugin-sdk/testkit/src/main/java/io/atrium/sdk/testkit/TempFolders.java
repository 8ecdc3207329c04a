package io.atrium.sdk.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The kit's temporary folders. */
final class TempFolders {

  private TempFolders() {
  }

  /** Deletes a temporary folder with everything in it; what cannot be deleted the system cleans up eventually. */
  static void delete(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // a temporary folder: nothing else depends on it being gone
    }
  }
}
