package io.atrium.sdk.testkit;

import io.atrium.kernel.blob.BlobIndex;
import io.atrium.kernel.blob.CompletionHooks;
import io.atrium.sdk.blob.StoredBlob;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The blob index of the test kit, in memory: changes made in a transaction are undone when it
 * rolls back, as the kernel's table does.
 */
final class MemoryBlobIndex implements BlobIndex {

  private record Key(String pluginId, String id) {
  }

  private final Map<Key, StoredBlob> blobs = new ConcurrentHashMap<>();
  private final CompletionHooks transaction;

  MemoryBlobIndex(CompletionHooks transaction) {
    this.transaction = transaction;
  }

  @Override
  public void insert(String pluginId, StoredBlob blob) {
    Key key = new Key(pluginId, blob.id());
    blobs.put(key, blob);
    if (transaction.active()) {
      transaction.afterCompletion(committed -> {
        if (!committed) {
          blobs.remove(key);
        }
      });
    }
  }

  @Override
  public Optional<StoredBlob> find(String pluginId, String id) {
    return Optional.ofNullable(blobs.get(new Key(pluginId, id)));
  }

  @Override
  public boolean delete(String pluginId, String id) {
    Key key = new Key(pluginId, id);
    StoredBlob removed = blobs.remove(key);
    if (removed != null && transaction.active()) {
      transaction.afterCompletion(committed -> {
        if (!committed) {
          blobs.put(key, removed);
        }
      });
    }
    return removed != null;
  }

  /** The blobs of a plugin, oldest first. */
  List<StoredBlob> all(String pluginId) {
    return blobs.entrySet().stream().filter(e -> e.getKey().pluginId().equals(pluginId)).map(Map.Entry::getValue)
        .sorted(Comparator.comparing(StoredBlob::storedAt).thenComparing(StoredBlob::id)).toList();
  }
}
