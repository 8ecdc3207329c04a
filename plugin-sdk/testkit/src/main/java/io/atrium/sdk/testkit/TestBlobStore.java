package io.atrium.sdk.testkit;

import io.atrium.kernel.blob.BlobFiles;
import io.atrium.kernel.blob.BlobStores;
import io.atrium.kernel.blob.CompletionHooks;
import io.atrium.sdk.blob.BlobPolicy;
import io.atrium.sdk.blob.BlobStore;
import io.atrium.sdk.blob.StoredBlob;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@link BlobStore} of the test kit: the kernel's store with the same checks (size while
 * streaming, type by content, name against content) and the same transaction behaviour, with the
 * files in a temporary folder and the index in memory. {@link #stored()} lists what is kept.
 */
public final class TestBlobStore implements BlobStore {

  private final String pluginId;
  private final Path folder;
  private final MemoryBlobIndex index;
  private final BlobStore store;

  TestBlobStore(String pluginId, LocalTransactions transactions, TestClock clock, TestUser user) {
    this.pluginId = pluginId;
    try {
      this.folder = Files.createTempDirectory("atrium-test-blobs-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CompletionHooks hooks = new CompletionHooks() {
      @Override
      public boolean active() {
        return transactions.isActive();
      }

      @Override
      public void afterCompletion(Consumer<Boolean> action) {
        transactions.afterCompletion(action);
      }
    };
    this.index = new MemoryBlobIndex(hooks);
    this.store = new BlobStores(new BlobFiles(folder), index, hooks, clock.asClock(), user::locale)
        .storeFor(pluginId);
  }

  @Override
  public StoredBlob store(String filename, InputStream content, BlobPolicy policy) {
    return store.store(filename, content, policy);
  }

  @Override
  public Optional<StoredBlob> find(String id) {
    return store.find(id);
  }

  @Override
  public InputStream open(String id) {
    return store.open(id);
  }

  @Override
  public void delete(String id) {
    store.delete(id);
  }

  /** The blobs the plugin has, oldest first. */
  public List<StoredBlob> stored() {
    return index.all(pluginId);
  }

  /** How many content files lie on disk, to check that nothing was left behind. */
  public long filesOnDisk() {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes the temporary folder. */
  void close() {
    TempFolders.delete(folder);
  }
}
