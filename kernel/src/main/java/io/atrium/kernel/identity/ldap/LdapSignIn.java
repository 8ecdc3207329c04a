package io.atrium.kernel.identity.ldap;

import io.atrium.kernel.i18n.Message;
import io.atrium.kernel.identity.DirectorySync;
import io.atrium.kernel.identity.IdentityStore;
import io.atrium.kernel.identity.UserRecord;
import io.atrium.kernel.security.SecretBox;
import io.atrium.sdk.identity.DirectorySnapshot.Member;
import java.util.Optional;
import java.util.Set;
import javax.net.SocketFactory;

/**
 * Signs people in against the LDAP server: finds their entry with the service account, binds as
 * them with the password they typed (which is never stored), then creates or updates their Atrium
 * account from the entry, with the roles their groups map to.
 */
public final class LdapSignIn {

  private final LdapConfig config;
  private final IdentityStore identities;
  private final DirectorySync sync;
  private final Class<? extends SocketFactory> socketFactory;

  /**
   * Creates the service.
   *
   * @param socketFactory TLS socket factory class for tests, or null for the JVM's trust store
   */
  public LdapSignIn(LdapConfig config, IdentityStore identities, DirectorySync sync,
      Class<? extends SocketFactory> socketFactory) {
    this.config = config;
    this.identities = identities;
    this.sync = sync;
    this.socketFactory = socketFactory;
  }

  /** Whether LDAP sign-in is configured at all. */
  public boolean configured() {
    return config.settings().isPresent();
  }

  /** The server's URLs, for log messages. */
  public String serverUrl() {
    return config.settings().map(LdapSettings::url).orElse("");
  }

  /**
   * Checks a login name and password against the directory.
   *
   * @return the person's Atrium account, created or updated from their entry; empty when the name
   *     belongs to a local Atrium account or is not in the directory
   * @throws LdapException of kind {@code CREDENTIALS} for a wrong password, {@code UNREACHABLE}
   *     when the server cannot be used
   * @throws io.atrium.kernel.identity.InvalidSnapshotException when the entry cannot become an
   *     account (its login name belongs to a local account)
   */
  public Optional<UserRecord> authenticate(String username, String password) throws LdapException {
    Optional<LdapSettings> configured = config.settings();
    if (configured.isEmpty() || username == null || username.isBlank()) {
      return Optional.empty();
    }
    Optional<UserRecord> local = identities.userByUsername(username.strip());
    if (local.isPresent() && !LdapSettings.SOURCE_ID.equals(local.get().externalSource())) {
      // a local account signs in with its Atrium password only
      return Optional.empty();
    }
    if (password == null || password.isEmpty()) {
      throw new LdapException(LdapException.Kind.CREDENTIALS, Message.of("ldap.bind.refused", username), null);
    }
    LdapSettings settings = configured.get();
    LdapClient client = new LdapClient(settings, socketFactory);
    LdapReader reader = new LdapReader(settings);
    try (LdapClient.Connection service = client.bindService(servicePassword())) {
      Optional<LdapReader.Entry> entry = reader.findPerson(service, username.strip());
      if (entry.isEmpty()) {
        return Optional.empty();
      }
      client.bind(entry.get().dn(), password).close();
      Member member = reader.member(service, entry.get());
      Set<String> roles = reader.roles(service, entry.get());
      return Optional.of(sync.applyPerson(LdapSettings.SOURCE_ID, member, roles));
    }
  }

  private String servicePassword() throws LdapException {
    try {
      return config.password().orElse(null);
    } catch (SecretBox.SecretUnreadableException e) {
      throw new LdapException(LdapException.Kind.OTHER, Message.of("ldap.password.unreadable"), e);
    }
  }
}
