package io.atrium.kernel.plugin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives {@link DataDirWatcher#poll()} directly; the background thread never gets a turn (one-hour interval). */
class DataDirWatcherTest {

  private static final long NEVER = 3_600_000L;

  @TempDir
  Path dir;

  final List<Path> changed = new CopyOnWriteArrayList<>();
  final List<String> removed = new CopyOnWriteArrayList<>();
  DataDirWatcher watcher;

  private DataDirWatcher start() {
    watcher = new DataDirWatcher(dir, NEVER, changed::add, removed::add);
    watcher.start();
    return watcher;
  }

  @AfterEach
  void stop() {
    if (watcher != null) {
      watcher.close();
    }
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private static void append(Path file, String more) throws IOException {
    Files.writeString(file, more, StandardOpenOption.APPEND);
  }

  @Test
  void aNewJarIsReportedOnlyAfterItHeldStillForOnePoll() throws IOException {
    start();
    Path jar = write("gamma.jar", "jar bytes");

    watcher.poll();
    assertThat(changed).isEmpty();

    watcher.poll();
    assertThat(changed).containsExactly(jar);

    watcher.poll();
    watcher.poll();
    assertThat(changed).as("reported once").containsExactly(jar);
    assertThat(removed).isEmpty();
  }

  @Test
  void aJarStillBeingWrittenIsNotReportedUntilItIsStable() throws IOException {
    start();
    Path jar = write("gamma.jar", "part 1");

    watcher.poll();
    append(jar, " part 2");
    watcher.poll();
    append(jar, " part 3");
    watcher.poll();
    assertThat(changed).isEmpty();

    watcher.poll();
    assertThat(changed).containsExactly(jar);
  }

  @Test
  void aChangeOfModificationTimeAloneCountsAsAChange() throws IOException {
    start();
    Path jar = write("gamma.jar", "same size");
    watcher.poll();

    Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
    watcher.poll();
    assertThat(changed).isEmpty();

    watcher.poll();
    assertThat(changed).containsExactly(jar);
  }

  @Test
  void aChangedJarIsReportedAgainOnceStable() throws IOException {
    Path jar = write("beta.jar", "version 1");
    start();

    append(jar, " and version 2");
    watcher.poll();
    assertThat(changed).isEmpty();
    watcher.poll();
    assertThat(changed).containsExactly(jar);
  }

  @Test
  void jarsPresentAtStartAreNotReported() throws IOException {
    write("alpha.jar", "alpha");
    write("beta.jar", "beta");
    start();

    watcher.poll();
    watcher.poll();
    watcher.poll();

    assertThat(changed).isEmpty();
    assertThat(removed).isEmpty();
  }

  @Test
  void aDeletedJarIsReportedAsRemoved() throws IOException {
    Path existing = write("alpha.jar", "alpha");
    start();
    Path added = write("beta.jar", "beta");
    watcher.poll();
    watcher.poll();

    Files.delete(existing);
    Files.delete(added);
    watcher.poll();

    assertThat(removed).containsExactlyInAnyOrder("alpha.jar", "beta.jar");
    watcher.poll();
    assertThat(removed).as("reported once").hasSize(2);
  }

  @Test
  void aJarDeletedBeforeItWasReportedIsNeitherReportedAsChangedNorAsRemoved() throws IOException {
    start();
    Path jar = write("gamma.jar", "half");
    watcher.poll();

    Files.delete(jar);
    watcher.poll();
    watcher.poll();

    assertThat(changed).isEmpty();
    assertThat(removed).isEmpty();
  }

  @Test
  void aJarReplacedAfterRemovalIsReportedAsNew() throws IOException {
    Path jar = write("beta.jar", "beta");
    start();
    Files.delete(jar);
    watcher.poll();
    assertThat(removed).containsExactly("beta.jar");

    write("beta.jar", "beta again");
    watcher.poll();
    watcher.poll();

    assertThat(changed).containsExactly(jar);
  }

  @Test
  void filesThatAreNotJarsAndFoldersAreIgnored() throws IOException {
    start();
    write("readme.txt", "hello");
    write("gamma.jar.part", "downloading");
    Files.createDirectory(dir.resolve("folder.jar"));

    watcher.poll();
    watcher.poll();

    assertThat(changed).isEmpty();
  }

  @Test
  void aMissingFolderIsWatchedOnceItAppears() throws IOException {
    Path missing = dir.resolve("later");
    watcher = new DataDirWatcher(missing, NEVER, changed::add, removed::add);
    watcher.start();
    watcher.poll();

    Files.createDirectory(missing);
    Path jar = Files.writeString(missing.resolve("gamma.jar"), "gamma");
    watcher.poll();
    watcher.poll();

    assertThat(changed).containsExactly(jar);
  }

  @Test
  void theBackgroundThreadPollsAtTheGivenInterval() throws Exception {
    watcher = new DataDirWatcher(dir, 5, changed::add, removed::add);
    watcher.start();
    Path jar = write("gamma.jar", "gamma");

    long deadline = System.nanoTime() + 5_000_000_000L;
    while (changed.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }

    assertThat(changed).containsExactly(jar);
  }

  @Test
  void closeStopsTheBackgroundPolling() throws Exception {
    watcher = new DataDirWatcher(dir, 1, changed::add, removed::add);
    watcher.start();
    watcher.close();
    write("gamma.jar", "gamma");

    Thread.sleep(30);

    assertThat(changed).isEmpty();
  }
}
