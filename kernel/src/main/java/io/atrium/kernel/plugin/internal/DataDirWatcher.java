package io.atrium.kernel.plugin.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Polls the plugin folder for jars that appear, change or vanish. A jar is handed over only once its
 * size and modification time held still for one poll, so a copy in progress is never installed half
 * written. Polling (rather than file-system events) also works on network and container mounts.
 */
public final class DataDirWatcher implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(DataDirWatcher.class.getName());

  private final Path dir;
  private final long intervalMillis;
  private final Consumer<Path> changed;
  private final Consumer<String> removed;
  private final Map<String, Stamp> settled = new HashMap<>();
  private final Map<String, Stamp> pending = new HashMap<>();
  private ScheduledExecutorService executor;

  private record Stamp(long size, long modified) {
  }

  /**
   * Creates a watcher.
   *
   * @param dir the folder
   * @param intervalMillis time between polls
   * @param changed called with a jar that appeared or changed
   * @param removed called with the file name of a jar that vanished
   */
  public DataDirWatcher(Path dir, long intervalMillis, Consumer<Path> changed, Consumer<String> removed) {
    this.dir = dir;
    this.intervalMillis = intervalMillis;
    this.changed = changed;
    this.removed = removed;
  }

  private boolean snapshotTaken;

  /**
   * Records the jars present now as already handled. Take it before the registry scans the folder
   * at boot, so a jar copied in while the plugins start is still seen afterwards.
   */
  public synchronized void snapshot() {
    settled.clear();
    settled.putAll(list());
    snapshotTaken = true;
  }

  /** Starts polling; without an earlier {@link #snapshot()}, the jars present now count as handled. */
  public synchronized void start() {
    if (!snapshotTaken) {
      snapshot();
    }
    executor = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "atrium-plugin-folder-watcher");
      thread.setDaemon(true);
      return thread;
    });
    executor.scheduleWithFixedDelay(this::pollSafely, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void close() {
    if (executor != null) {
      executor.shutdownNow();
      executor = null;
    }
  }

  private void pollSafely() {
    try {
      poll();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Polling the plugin folder " + dir + " failed", e);
    }
  }

  /** One poll; visible for tests. */
  synchronized void poll() {
    Map<String, Stamp> now = list();
    Set<String> gone = new HashSet<>(settled.keySet());
    gone.removeAll(now.keySet());
    for (String name : gone) {
      settled.remove(name);
      removed.accept(name);
    }
    pending.keySet().retainAll(now.keySet());
    for (Map.Entry<String, Stamp> entry : now.entrySet()) {
      String name = entry.getKey();
      Stamp stamp = entry.getValue();
      if (stamp.equals(settled.get(name))) {
        continue;
      }
      if (stamp.equals(pending.get(name))) {
        pending.remove(name);
        settled.put(name, stamp);
        changed.accept(dir.resolve(name));
      } else {
        pending.put(name, stamp);
      }
    }
  }

  private Map<String, Stamp> list() {
    Map<String, Stamp> files = new HashMap<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.jar")) {
      for (Path file : stream) {
        try {
          BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
          if (attributes.isRegularFile()) {
            files.put(file.getFileName().toString(),
                new Stamp(attributes.size(), attributes.lastModifiedTime().toMillis()));
          }
        } catch (IOException e) {
          // vanished between listing and reading: the next poll sees it gone
        }
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot list plugin folder " + dir, e);
    }
    return files;
  }
}
