package io.atrium.sdk.blob;

import java.util.List;
import java.util.Set;

/**
 * What a file may be.
 *
 * @param maxBytes largest size accepted
 * @param mediaTypes accepted types found in the content, e.g. {@code image/png} or {@code image/*};
 *     empty accepts every type
 */
public record BlobPolicy(long maxBytes, Set<String> mediaTypes) {

  /** Images up to 10 MB. */
  public static final BlobPolicy IMAGES = new BlobPolicy(10L << 20, Set.of("image/png", "image/jpeg", "image/gif",
      "image/webp"));

  /** Checks the parts. */
  public BlobPolicy {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
    mediaTypes = Set.copyOf(mediaTypes);
  }

  /** Any type up to the size. */
  public static BlobPolicy anyType(long maxBytes) {
    return new BlobPolicy(maxBytes, Set.of());
  }

  /** Whether a type found in content is accepted. */
  public boolean accepts(String mediaType) {
    if (mediaTypes.isEmpty()) {
      return true;
    }
    for (String accepted : mediaTypes) {
      if (accepted.equals(mediaType) || accepted.endsWith("/*")
          && mediaType.startsWith(accepted.substring(0, accepted.length() - 1))) {
        return true;
      }
    }
    return false;
  }

  /** The accepted types, sorted, for messages. */
  public List<String> sortedTypes() {
    return mediaTypes.stream().sorted().toList();
  }
}
