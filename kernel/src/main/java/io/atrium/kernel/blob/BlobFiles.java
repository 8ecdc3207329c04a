package io.atrium.kernel.blob;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where blob contents lie: {@code <root>/<plugin id>/<first two characters of the id>/<id>}, and
 * uploads in progress in {@code <root>/.incoming}, on the same file system so that placing a
 * checked upload is one atomic rename. Paths are made of plugin ids and blob ids only, never of
 * file names.
 */
public final class BlobFiles {

  private static final Logger LOG = Logger.getLogger(BlobFiles.class.getName());

  private final Path root;
  private final Path incoming;

  /** Files under a root folder, usually {@code <data>/blobs}. */
  public BlobFiles(Path root) {
    this.root = root.toAbsolutePath().normalize();
    this.incoming = this.root.resolve(".incoming");
  }

  /** The root folder. */
  public Path root() {
    return root;
  }

  /** A new, empty file for an upload in progress. */
  Path newIncoming() throws IOException {
    Files.createDirectories(incoming);
    return Files.createTempFile(incoming, "upload-", ".part");
  }

  /** Where a blob's content lies. */
  Path path(String pluginId, String id) {
    if (!BlobIds.isWellFormed(id)) {
      throw new IllegalArgumentException("Not a blob id: " + id);
    }
    return root.resolve(pluginId).resolve(id.substring(0, 2)).resolve(id);
  }

  /** Moves a checked upload to its place. */
  void place(Path upload, Path target) throws IOException {
    Files.createDirectories(target.getParent());
    try {
      Files.move(upload, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(upload, target);
    }
  }

  /** Removes a file if it is there; a failure is logged, as the caller's work has succeeded. */
  void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not remove the blob file " + file + "; remove it by hand", e);
    }
  }

  /** Removes uploads left over by a stopped server; called at boot, before any upload runs. */
  public void removeLeftoverUploads() {
    if (!Files.isDirectory(incoming)) {
      return;
    }
    try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(incoming)) {
      for (Path leftover : leftovers) {
        deleteQuietly(leftover);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + incoming, e);
    }
  }
}
