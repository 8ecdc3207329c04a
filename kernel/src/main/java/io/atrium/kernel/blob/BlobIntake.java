package io.atrium.kernel.blob;

import io.atrium.kernel.i18n.KernelTexts;
import io.atrium.sdk.blob.BlobPolicy;
import io.atrium.sdk.blob.BlobRefusedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Takes an upload in: streams it into a file of its own, counting and hashing as it goes and
 * stopping at the first byte past the policy's limit, then checks its type against its name and
 * the policy. Nothing is held in memory beyond one buffer.
 */
public final class BlobIntake {

  private static final int BUFFER = 64 * 1024;

  private final BlobFiles files;
  private final ContentTypes types;

  /** Intake into the incoming folder of these files. */
  public BlobIntake(BlobFiles files, ContentTypes types) {
    this.files = files;
    this.types = types;
  }

  /**
   * A checked upload, in a file that the caller places or deletes.
   *
   * @param file where it lies
   * @param filename the cleaned name
   * @param mediaType its type
   * @param size bytes
   * @param sha256 hex digest
   */
  public record Received(Path file, String filename, String mediaType, long size, String sha256) {
  }

  /**
   * Reads and checks an upload.
   *
   * @throws BlobRefusedException with a message in {@code locale} when the policy refuses it
   */
  public Received receive(String filename, InputStream content, BlobPolicy policy, Locale locale) {
    if (content == null || policy == null) {
      throw new IllegalArgumentException("content and policy are required");
    }
    String name = Filenames.clean(filename);
    Path file;
    try {
      file = files.newIncoming();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create an upload file under " + files.root(), e);
    }
    boolean kept = false;
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      long size = copy(content, file, policy.maxBytes(), sha256);
      if (size > policy.maxBytes()) {
        throw new BlobRefusedException(BlobRefusedException.Reason.TOO_LARGE,
            KernelTexts.format(locale, "blob.refused.tooLarge", name, Sizes.format(policy.maxBytes())));
      }
      ContentTypes.Verdict verdict = types.judge(file, name);
      if (verdict.mismatch()) {
        throw new BlobRefusedException(BlobRefusedException.Reason.CONTENT_MISMATCH,
            KernelTexts.format(locale, "blob.refused.contentMismatch", name, verdict.byContent(),
                Filenames.extension(name), verdict.byName()));
      }
      if (!policy.accepts(verdict.mediaType())) {
        throw new BlobRefusedException(BlobRefusedException.Reason.TYPE_NOT_ALLOWED,
            KernelTexts.format(locale, "blob.refused.typeNotAllowed", name, verdict.mediaType(),
                String.join(", ", policy.sortedTypes())));
      }
      kept = true;
      return new Received(file, name, verdict.mediaType(), size, HexFormat.of().formatHex(sha256.digest()));
    } catch (IOException e) {
      throw new UncheckedIOException("Reading the upload " + name + " failed: " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } finally {
      if (!kept) {
        files.deleteQuietly(file);
      }
    }
  }

  /** Copies at most {@code limit + 1} bytes, so that a larger upload is known without reading it all. */
  private static long copy(InputStream content, Path file, long limit, MessageDigest sha256) throws IOException {
    byte[] buffer = new byte[BUFFER];
    long size = 0;
    try (OutputStream out = Files.newOutputStream(file)) {
      while (size <= limit) {
        long remaining = limit - size;
        int read = content.read(buffer, 0, remaining >= buffer.length ? buffer.length : (int) remaining + 1);
        if (read < 0) {
          break;
        }
        size += read;
        if (size > limit) {
          break;
        }
        sha256.update(buffer, 0, read);
        out.write(buffer, 0, read);
      }
    }
    return size;
  }
}
