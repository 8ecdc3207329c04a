package io.atrium.kernel.identity.ldap;

import io.atrium.kernel.i18n.Message;
import io.atrium.kernel.identity.SyncSource;
import io.atrium.kernel.security.SecretBox;
import java.util.Optional;
import javax.net.SocketFactory;

/** The built-in directory source {@code ldap}: the configured LDAP or Active Directory server. */
public final class LdapDirectory implements SyncSource {

  private final LdapConfig config;
  private final Class<? extends SocketFactory> socketFactory;

  /**
   * Creates the source.
   *
   * @param socketFactory TLS socket factory class for tests, or null for the JVM's trust store
   */
  public LdapDirectory(LdapConfig config, Class<? extends SocketFactory> socketFactory) {
    this.config = config;
    this.socketFactory = socketFactory;
  }

  /** Whether an administrator has configured it. */
  public boolean configured() {
    return config.settings().isPresent();
  }

  @Override
  public String id() {
    return LdapSettings.SOURCE_ID;
  }

  @Override
  public String origin() {
    return "kernel";
  }

  @Override
  public Reading read() throws LdapException {
    LdapSettings settings = config.settings().orElseThrow(() -> new LdapException(LdapException.Kind.OTHER,
        Message.of("ldap.not.configured"), null));
    try (LdapClient.Connection connection = new LdapClient(settings, socketFactory).bindService(password())) {
      return new LdapReader(settings).readAll(connection);
    }
  }

  private String password() throws LdapException {
    try {
      Optional<String> password = config.password();
      return password.orElse(null);
    } catch (SecretBox.SecretUnreadableException e) {
      throw new LdapException(LdapException.Kind.OTHER, Message.of("ldap.password.unreadable"), e);
    }
  }
}
