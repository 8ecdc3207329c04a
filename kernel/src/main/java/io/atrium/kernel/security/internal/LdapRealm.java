package io.atrium.kernel.security.internal;

import io.atrium.kernel.identity.InvalidSnapshotException;
import io.atrium.kernel.identity.UserRecord;
import io.atrium.kernel.identity.ldap.LdapException;
import io.atrium.kernel.identity.ldap.LdapSettings;
import io.atrium.kernel.identity.ldap.LdapSignIn;
import io.atrium.kernel.security.AtriumPrincipal;
import io.atrium.sdk.identity.UserStatus;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.AllowAllCredentialsMatcher;
import org.apache.shiro.realm.AuthenticatingRealm;

/**
 * Signs people in against LDAP or Active Directory: the service account finds their entry, a bind
 * as them checks the password (never stored), and their Atrium account is created or updated from
 * the entry. It only authenticates; the subject it signs in carries an {@link AtriumPrincipal}, so
 * {@link AtriumRealm} authorizes it from the compiled policy like any other. Local accounts never
 * sign in here. When the server is down, the log says so and the sign-in fails as any failed one.
 */
public final class LdapRealm extends AuthenticatingRealm {

  /** The source id of people from LDAP. */
  static final String SOURCE = LdapSettings.SOURCE_ID;

  private static final Logger LOG = Logger.getLogger(LdapRealm.class.getName());

  private final Supplier<LdapSignIn> signIn;

  /** Creates the realm; the sign-in service is looked up on first use. */
  public LdapRealm(Supplier<LdapSignIn> signIn) {
    this.signIn = signIn;
    setName("ldap");
    // the LDAP bind checks the password
    setCredentialsMatcher(new AllowAllCredentialsMatcher());
    setAuthenticationCachingEnabled(false);
  }

  @Override
  public boolean supports(AuthenticationToken token) {
    return token instanceof UsernamePasswordToken;
  }

  @Override
  protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
    UsernamePasswordToken login = (UsernamePasswordToken) token;
    String username = login.getUsername() == null ? "" : login.getUsername().trim();
    LdapSignIn ldap = signIn.get();
    if (!ldap.configured()) {
      return null;
    }
    Optional<UserRecord> user;
    try {
      user = ldap.authenticate(username, login.getPassword() == null ? "" : new String(login.getPassword()));
    } catch (LdapException e) {
      switch (e.kind()) {
        case CREDENTIALS -> throw new IncorrectCredentialsException("LDAP refused the password of " + username);
        case UNREACHABLE -> {
          LOG.warning("LDAP sign-in of '" + username + "' failed: " + e.text()
              + " People from LDAP cannot sign in until it is back; local accounts still can.");
          throw new AuthenticationException("LDAP server unreachable", e);
        }
        default -> {
          LOG.warning("LDAP sign-in of '" + username + "' failed: " + e.text());
          throw new AuthenticationException("LDAP sign-in failed", e);
        }
      }
    } catch (InvalidSnapshotException e) {
      LOG.warning("LDAP sign-in of '" + username + "' refused: " + e.getMessage());
      throw new UnknownAccountException("LDAP entry cannot become an account");
    }
    if (user.isEmpty()) {
      throw new UnknownAccountException("Not an LDAP user");
    }
    if (user.get().status() != UserStatus.ACTIVE) {
      throw new DisabledAccountException("Account " + user.get().username() + " is "
          + user.get().status().name().toLowerCase(java.util.Locale.ROOT));
    }
    return new SimpleAuthenticationInfo(new AtriumPrincipal(user.get().id(), user.get().username()),
        token.getCredentials(), getName());
  }
}
