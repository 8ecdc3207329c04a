package io.atrium.kernel.blob;

import io.atrium.sdk.blob.StoredBlob;
import java.util.Optional;

/** What is known about stored blobs, per plugin; joins the caller's transaction. */
public interface BlobIndex {

  /** Records a blob of a plugin. */
  void insert(String pluginId, StoredBlob blob);

  /** A blob of a plugin. */
  Optional<StoredBlob> find(String pluginId, String id);

  /** Forgets a blob of a plugin; false when it had none. */
  boolean delete(String pluginId, String id);
}
