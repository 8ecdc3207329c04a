package io.atrium.sdk.blob;

import java.io.InputStream;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Host service, one per plugin: stores files. A plugin sees only the blobs it stored. Storing
 * joins the current transaction: a blob stored in a transaction that rolls back is removed.
 */
@ProviderType
public interface BlobStore {

  /**
   * Stores a file after checking it against the policy. The content is read to its end, or only
   * up to the first byte past the policy's limit; the caller closes it. Its type is found in the
   * content; a name whose extension registers a clearly different type is refused, while a more
   * specific one is taken (text content named {@code .csv} is {@code text/csv}).
   *
   * @param filename the name the user gave it, kept without folders for display and download
   * @throws BlobRefusedException when the file is larger than the policy allows, its content is
   *     of a type the policy does not allow, or its content does not match its file name's extension
   */
  StoredBlob store(String filename, InputStream content, BlobPolicy policy);

  /** What is known about a blob of this plugin. */
  Optional<StoredBlob> find(String id);

  /**
   * Opens a blob for reading; the caller closes the stream.
   *
   * @throws java.util.NoSuchElementException when this plugin has no such blob
   */
  InputStream open(String id);

  /** Removes a blob; does nothing when there is none. */
  void delete(String id);
}
