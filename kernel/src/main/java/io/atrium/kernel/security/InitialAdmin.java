package io.atrium.kernel.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Creates the first administrator when the database has no accounts: user {@code admin} with the
 * password from {@code ATRIUM_ADMIN_PASSWORD}, or a generated one written once to
 * {@code <data>/initial-admin-password} (readable by the server's user only).
 */
public final class InitialAdmin {

  private static final Logger LOG = Logger.getLogger(InitialAdmin.class.getName());

  /** Login name of the first administrator. */
  public static final String USERNAME = "admin";
  /** Name of the administrator role. */
  public static final String ADMIN_ROLE = "admin";
  /** File holding a generated first password. */
  public static final String PASSWORD_FILE = "initial-admin-password";

  private InitialAdmin() {
  }

  /**
   * Creates the administrator if there is no account yet.
   *
   * @return the file holding the generated password, if one was generated
   */
  public static Optional<Path> ensure(AccountStore accounts, Optional<String> configuredPassword, Path dataDir,
      Instant now) {
    long roleId = accounts.ensureRole(ADMIN_ROLE, "Full access to every part of Atrium", List.of("*"));
    // the migration marks an existing admin role; on a fresh database the role is only created here
    accounts.markBuiltIn(roleId);
    if (accounts.hasAccounts()) {
      return Optional.empty();
    }
    String password = configuredPassword.orElseGet(() -> Passwords.generate(20));
    long userId = accounts.createAccount(USERNAME, "Administrator", Passwords.hash(password), now);
    accounts.grantRole(userId, roleId);
    if (configuredPassword.isPresent()) {
      LOG.info("Created the first administrator 'admin' with the configured password "
          + "(ATRIUM_ADMIN_PASSWORD or atrium.admin.password)");
      return Optional.empty();
    }
    Path file = dataDir.resolve(PASSWORD_FILE);
    try {
      Files.createDirectories(dataDir);
      Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the file keeps the folder's permissions
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the initial administrator password to " + file, e);
    }
    LOG.warning("Created the first administrator 'admin'; the generated password is in " + file
        + " - sign in, change it (POST /api/v1/me/password), then delete the file");
    return Optional.of(file);
  }
}
