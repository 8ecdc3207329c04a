package io.atrium.kernel.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.logging.Logger;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets Atrium has to keep in clear form for later use (an LDAP bind password,
 * connector credentials) with AES-256-GCM. The key is 32 random bytes in
 * {@code <data>/keys/secret.key}, created on first use and readable by the server's user only; it
 * must be backed up together with the database, since without it the secrets cannot be read.
 * Sealed text reads {@code v1:} followed by base64 of nonce, ciphertext and tag.
 */
public final class SecretBox {

  private static final Logger LOG = Logger.getLogger(SecretBox.class.getName());

  /** The version prefix of sealed text. */
  public static final String V1 = "v1:";
  /** The key file below the data folder. */
  public static final String KEY_FILE = "keys/secret.key";

  private static final int KEY_BYTES = 32;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

  private SecretBox(byte[] key) {
    if (key.length != KEY_BYTES) {
      throw new IllegalArgumentException("A secret key has " + KEY_BYTES + " bytes");
    }
    this.key = new SecretKeySpec(key, "AES");
  }

  /** A box with this key (32 bytes), for tests. */
  public static SecretBox withKey(byte[] key) {
    return new SecretBox(key.clone());
  }

  /** The box of a data folder: reads {@code <data>/keys/secret.key}, creating it when it is missing. */
  public static synchronized SecretBox forDataDir(Path dataDir) {
    Path file = dataDir.resolve(KEY_FILE);
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length != KEY_BYTES) {
        // never replace a damaged key: the secrets sealed with the old one would be lost for good
        throw new IllegalStateException("The secret key " + file + " has " + bytes.length + " bytes instead of "
            + KEY_BYTES + "; restore it from the backup taken with the database");
      }
      return new SecretBox(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the secret key " + file, e);
    }
  }

  private static void create(Path file) throws IOException {
    Path folder = file.getParent();
    boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    if (!Files.isDirectory(folder)) {
      if (posix) {
        Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(
            Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE)));
      } else {
        Files.createDirectories(folder);
      }
    }
    byte[] bytes = new byte[KEY_BYTES];
    RANDOM.nextBytes(bytes);
    // written to a private file first and moved into place, so no one ever reads half a key
    FileAttribute<?>[] ownerOnly = posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
        Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE))} : new FileAttribute<?>[0];
    Path temporary = Files.createTempFile(folder, "secret", ".tmp", ownerOnly);
    try {
      Files.write(temporary, bytes, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
      Files.move(temporary, file);
      LOG.warning("Created the secret key " + file + ". Back it up together with the database: "
          + "encrypted settings cannot be read without it.");
    } catch (FileAlreadyExistsException e) {
      // another node or thread created it first; theirs is the key
    } finally {
      Arrays.fill(bytes, (byte) 0);
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Encrypts a secret.
   *
   * @param purpose what the secret is for, e.g. {@code directory:ldap}; it must be given again to
   *     open it, so a sealed value cannot be moved to another use
   */
  public String seal(String purpose, String secret) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      return V1 + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce)
          .put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /**
   * Decrypts a sealed secret.
   *
   * @throws SecretUnreadableException when it was changed, sealed for another purpose or with another key
   */
  public String open(String purpose, String sealed) {
    if (sealed == null || !sealed.startsWith(V1)) {
      throw new SecretUnreadableException("The stored secret is not in a known format (expected " + V1 + "...)");
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(sealed.substring(V1.length()));
    } catch (IllegalArgumentException e) {
      throw new SecretUnreadableException("The stored secret is damaged (not base64)");
    }
    if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new SecretUnreadableException("The stored secret is damaged (too short)");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
      cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
      return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      throw new SecretUnreadableException("The stored secret cannot be decrypted: it was changed, or sealed with "
          + "another key than " + KEY_FILE + ". Restore the key from the backup or enter the secret again");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /** A sealed secret that cannot be opened; the message never contains the secret. */
  public static final class SecretUnreadableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SecretUnreadableException(String message) {
      super(message);
    }
  }
}
