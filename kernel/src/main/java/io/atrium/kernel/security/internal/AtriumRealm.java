package io.atrium.kernel.security.internal;

import io.atrium.kernel.security.Account;
import io.atrium.kernel.security.AccountStore;
import io.atrium.kernel.security.AtriumPrincipal;
import io.atrium.kernel.security.Passwords;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.AllowAllCredentialsMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;

/**
 * Authenticates kernel accounts by password (Argon2id) or API token, and authorizes them by the
 * permissions of their roles. Authorization is cached per user for a few seconds so one request
 * does not query the roles for every check.
 */
public final class AtriumRealm extends AuthorizingRealm {

  private static final Duration AUTHORIZATION_TTL = Duration.ofSeconds(10);
  private static final String DUMMY_HASH = Passwords.hash(Passwords.generate(20));

  private final Supplier<AccountStore> accounts;
  private final Clock clock;
  private final Map<Long, Cached> authorization = new ConcurrentHashMap<>();

  private record Cached(AuthorizationInfo info, Instant until) {
  }

  /** Creates the realm; the account store is looked up on first use. */
  public AtriumRealm(Supplier<AccountStore> accounts, Clock clock) {
    this.accounts = accounts;
    this.clock = clock;
    setName("atrium");
    setCredentialsMatcher(new AllowAllCredentialsMatcher());
    setAuthenticationCachingEnabled(false);
    setAuthorizationCachingEnabled(false);
  }

  @Override
  public boolean supports(AuthenticationToken token) {
    return token instanceof UsernamePasswordToken || token instanceof BearerToken;
  }

  @Override
  protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
    Account account;
    if (token instanceof BearerToken bearer) {
      account = accounts.get().accountForToken(bearer.getToken(), clock.instant())
          .orElseThrow(() -> new IncorrectCredentialsException("Unknown, expired or revoked API token"));
    } else {
      UsernamePasswordToken login = (UsernamePasswordToken) token;
      String username = login.getUsername() == null ? "" : login.getUsername().trim();
      java.util.Optional<Account> found = accounts.get().findByUsername(username);
      if (found.isEmpty()) {
        // spend the time of a real check so response times do not tell which user names exist
        Passwords.matches(new String(login.getPassword()), DUMMY_HASH);
        throw new UnknownAccountException("Unknown user");
      }
      account = found.get();
      if (!account.active()) {
        throw new DisabledAccountException("Account " + username + " is " + account.status().toLowerCase());
      }
      if (!Passwords.matches(new String(login.getPassword()), account.passwordHash())) {
        throw new IncorrectCredentialsException("Wrong password");
      }
    }
    return new SimpleAuthenticationInfo(new AtriumPrincipal(account.id(), account.username()),
        token.getCredentials(), getName());
  }

  @Override
  protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
    AtriumPrincipal principal = principals.oneByType(AtriumPrincipal.class);
    if (principal == null) {
      return new SimpleAuthorizationInfo();
    }
    Instant now = clock.instant();
    Cached cached = authorization.get(principal.userId());
    if (cached != null && cached.until().isAfter(now)) {
      return cached.info();
    }
    AccountStore store = accounts.get();
    SimpleAuthorizationInfo info = new SimpleAuthorizationInfo(store.roles(principal.userId()));
    info.setStringPermissions(store.permissions(principal.userId()));
    authorization.put(principal.userId(), new Cached(info, now.plus(AUTHORIZATION_TTL)));
    return info;
  }

  /** Forgets cached permissions, e.g. after a role change. */
  public void clearAuthorization() {
    authorization.clear();
  }
}
