package io.atrium.kernel.security.internal;

import io.atrium.kernel.security.Account;
import io.atrium.kernel.security.AccountStore;
import io.atrium.kernel.security.AtriumPrincipal;
import io.atrium.kernel.security.Passwords;
import java.time.Clock;
import java.time.Instant;
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
import io.atrium.kernel.security.policy.CompiledPolicy;
import io.atrium.kernel.security.policy.PermissionTrie;
import io.atrium.kernel.security.policy.PolicyService;
import java.util.Set;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.Permission;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;

/**
 * Authenticates kernel accounts by password (Argon2id) or API token, and authorizes them from
 * their compiled policy: a permission check is a trie lookup, never a query. A scoped API token
 * narrows the user's permissions to the token's scopes.
 */
public final class AtriumRealm extends AuthorizingRealm {

  /** Hashed on first use: an Argon2 hash costs a noticeable part of a second at start-up. */
  private static final class DummyHash {
    static final String VALUE = Passwords.hash(Passwords.generate(20));
  }

  private final Supplier<AccountStore> accounts;
  private final Supplier<PolicyService> policies;
  private final Clock clock;

  /** Creates the realm; the account store and policies are looked up on first use. */
  public AtriumRealm(Supplier<AccountStore> accounts, Supplier<PolicyService> policies, Clock clock) {
    this.accounts = accounts;
    this.policies = policies;
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
    Set<String> scopes = null;
    if (token instanceof BearerToken bearer) {
      AccountStore.TokenOwner owner = accounts.get().ownerOfToken(bearer.getToken(), clock.instant())
          .orElseThrow(() -> new IncorrectCredentialsException("Unknown, expired or revoked API token"));
      account = owner.account();
      scopes = owner.scopes();
    } else {
      UsernamePasswordToken login = (UsernamePasswordToken) token;
      String username = login.getUsername() == null ? "" : login.getUsername().trim();
      java.util.Optional<Account> found = accounts.get().findByUsername(username);
      if (found.isEmpty()) {
        // spend the time of a real check so response times do not tell which user names exist
        Passwords.matches(new String(login.getPassword()), DummyHash.VALUE);
        throw new UnknownAccountException("Unknown user");
      }
      account = found.get();
      if (!account.active()) {
        throw new DisabledAccountException("Account " + username + " is " + account.status().toLowerCase());
      }
      if (!Passwords.matches(new String(login.getPassword()), account.passwordHash())) {
        throw new IncorrectCredentialsException("Wrong password");
      }
      if (accounts.get().externalSource(account.id()).filter(LdapRealm.SOURCE::equals).isPresent()) {
        // people from LDAP sign in with their LDAP password only (LdapRealm), even if one was set here
        throw new IncorrectCredentialsException("Account " + username + " signs in through LDAP");
      }
    }
    return new SimpleAuthenticationInfo(new AtriumPrincipal(account.id(), account.username(), scopes),
        token.getCredentials(), getName());
  }

  @Override
  protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
    AtriumPrincipal principal = principals.oneByType(AtriumPrincipal.class);
    if (principal == null) {
      return new SimpleAuthorizationInfo();
    }
    CompiledPolicy policy = policies.get().policy(principal.userId());
    return new SimpleAuthorizationInfo(policy.roleNames());
  }

  @Override
  public boolean isPermitted(PrincipalCollection principals, String permission) {
    AtriumPrincipal principal = principals == null ? null : principals.oneByType(AtriumPrincipal.class);
    if (principal == null) {
      return false;
    }
    if (principal.tokenScopes() != null && !withinScopes(principal.tokenScopes(), permission)) {
      return false;
    }
    return policies.get().policy(principal.userId()).isPermitted(permission);
  }

  @Override
  public boolean isPermitted(PrincipalCollection principals, Permission permission) {
    return isPermitted(principals, permission.toString());
  }

  @Override
  public boolean hasRole(PrincipalCollection principals, String role) {
    AtriumPrincipal principal = principals == null ? null : principals.oneByType(AtriumPrincipal.class);
    return principal != null && policies.get().policy(principal.userId()).roleNames().contains(role);
  }

  private static boolean withinScopes(Set<String> scopes, String permission) {
    PermissionTrie trie = new PermissionTrie();
    scopes.forEach(trie::grant);
    return trie.implies(permission);
  }
}
