package io.atrium.kernel.blob;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** Blob ids: 24 random bytes in URL-safe Base64, 32 characters that cannot be guessed. */
final class BlobIds {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{32}");

  private BlobIds() {
  }

  /** A new id. */
  static String next() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether a text has the form of an id, so that nothing else reaches the database or the disk. */
  static boolean isWellFormed(String id) {
    return id != null && FORM.matcher(id).matches();
  }
}
