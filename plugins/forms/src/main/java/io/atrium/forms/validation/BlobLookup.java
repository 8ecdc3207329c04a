package io.atrium.forms.validation;

import io.atrium.sdk.blob.StoredBlob;
import java.util.Optional;

/** Finds stored files by id, to check that a file field's files exist and fit it; {@code blobStore::find}. */
@FunctionalInterface
public interface BlobLookup {

  /** No lookup: only the ids' form and count are checked, e.g. in previews. */
  BlobLookup NONE = id -> Optional.empty();

  /** The file with that id, or empty when the plugin has none. */
  Optional<StoredBlob> find(String id);
}
