package io.atrium.kernel.security;

import java.security.SecureRandom;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;

/** Password hashing with Argon2id (Shiro's default password service) and password generation. */
public final class Passwords {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final PasswordService SERVICE = new DefaultPasswordService();
  /** Bounds the memory of hashes computed at the same time (see {@link HashingGate}). */
  private static final HashingGate GATE = HashingGate.forThisJvm();

  private Passwords() {
  }

  /** Hashes a password for storage. */
  public static String hash(String password) {
    return GATE.compute(() -> SERVICE.encryptPassword(password));
  }

  /** Whether a password matches a stored hash. */
  public static boolean matches(String password, String hash) {
    return hash != null && GATE.compute(() -> SERVICE.passwordsMatch(password, hash));
  }

  /** Shortest password accepted. */
  public static final int MIN_LENGTH = 10;

  /** Longest password accepted. */
  public static final int MAX_LENGTH = 200;

  /** The message key of why a new password is not acceptable (arguments: min, max), or null when it is. */
  public static String weakness(String password, String username) {
    if (password == null || password.length() < MIN_LENGTH) {
      return "password.short";
    }
    if (password.length() > MAX_LENGTH) {
      return "password.long";
    }
    if (username != null && !username.isBlank() && password.toLowerCase(java.util.Locale.ROOT).contains(
        username.strip().toLowerCase(java.util.Locale.ROOT))) {
      return "password.username";
    }
    if (password.chars().distinct().count() < 4) {
      return "password.monotonous";
    }
    return null;
  }

  /** A random password of {@code length} characters without look-alike letters. */
  public static String generate(int length) {
    StringBuilder password = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
