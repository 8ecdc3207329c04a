package io.atrium.kernel.security;

/**
 * A user account as the kernel stores it.
 *
 * @param id database id
 * @param username login name
 * @param displayName name shown in the UI
 * @param passwordHash Argon2id hash in Shiro's format, or null for accounts without a password
 * @param status {@code ACTIVE}, {@code DISABLED} or {@code LEFT}
 */
public record Account(long id, String username, String displayName, String passwordHash, String status) {

  /** Whether the account may sign in. */
  public boolean active() {
    return "ACTIVE".equals(status);
  }
}
