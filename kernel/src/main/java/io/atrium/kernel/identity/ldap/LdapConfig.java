package io.atrium.kernel.identity.ldap;

import io.atrium.kernel.identity.DirectorySourceStore;
import io.atrium.kernel.security.SecretBox;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The stored LDAP settings: the non-secret part as JSON in the {@code ldap} source's row, the
 * bind password sealed with the {@link SecretBox}.
 */
public final class LdapConfig {

  /** What the bind password is sealed for. */
  static final String PURPOSE = "directory:ldap:bind-password";

  private final DirectorySourceStore store;
  private final Supplier<SecretBox> secrets;
  private final Clock clock;

  /**
   * Creates the config.
   *
   * @param secrets the box, opened on first use (it creates the key file then)
   */
  public LdapConfig(DirectorySourceStore store, Supplier<SecretBox> secrets, Clock clock) {
    this.store = store;
    this.secrets = secrets;
    this.clock = clock;
  }

  /** The settings, when an administrator has saved some. */
  public Optional<LdapSettings> settings() {
    return store.find(LdapSettings.SOURCE_ID).filter(row -> row.settings() != null)
        .map(row -> LdapSettingsJson.read(row.settings(), row.enabled(), row.intervalMinutes()));
  }

  /** Whether a bind password is stored. */
  public boolean hasPassword() {
    return store.find(LdapSettings.SOURCE_ID).map(row -> row.secret() != null).orElse(false);
  }

  /**
   * The stored bind password, decrypted.
   *
   * @throws SecretBox.SecretUnreadableException when it cannot be decrypted (another key)
   */
  public Optional<String> password() {
    return store.find(LdapSettings.SOURCE_ID).map(DirectorySourceStore.SourceRow::secret)
        .map(sealed -> secrets.get().open(PURPOSE, sealed));
  }

  /** Forgets the settings and the bind password: LDAP sign-in and sync stop. */
  public void clear() {
    store.clearSettings(LdapSettings.SOURCE_ID, clock.instant());
  }

  /** Stores settings; a null password keeps the stored one. */
  public void save(LdapSettings settings, String newPassword) {
    String sealed = newPassword == null ? null : secrets.get().seal(PURPOSE, newPassword);
    store.saveSettings(LdapSettings.SOURCE_ID, LdapSettingsJson.write(settings), sealed, settings.enabled(),
        settings.syncIntervalMinutes(), clock.instant());
  }
}
