package io.atrium.kernel.security;

import java.security.SecureRandom;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;

/** Password hashing with Argon2id (Shiro's default password service) and password generation. */
public final class Passwords {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final PasswordService SERVICE = new DefaultPasswordService();

  private Passwords() {
  }

  /** Hashes a password for storage. */
  public static String hash(String password) {
    return SERVICE.encryptPassword(password);
  }

  /** Whether a password matches a stored hash. */
  public static boolean matches(String password, String hash) {
    return hash != null && SERVICE.passwordsMatch(password, hash);
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
