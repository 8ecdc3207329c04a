package io.atrium.kernel.security.internal;

import java.util.Collection;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.CredentialsException;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.pam.FirstSuccessfulStrategy;
import org.apache.shiro.realm.Realm;

/**
 * The first realm that signs the user in wins, as with {@link FirstSuccessfulStrategy}; when none
 * does, the most telling failure of all realms is thrown instead of Shiro's generic one — a wrong
 * password or a disabled account before "unknown account" — so the audit log and the lockout see
 * what really happened. The failures never reach the user: the login page says the same for all.
 */
public final class MostTellingFailureStrategy extends FirstSuccessfulStrategy {

  private static final ThreadLocal<AuthenticationException> WORST = new ThreadLocal<>();

  /** Stops at the first success. */
  public MostTellingFailureStrategy() {
    setStopAfterFirstSuccess(true);
  }

  @Override
  public AuthenticationInfo beforeAllAttempts(Collection<? extends Realm> realms, AuthenticationToken token) {
    WORST.remove();
    return super.beforeAllAttempts(realms, token);
  }

  @Override
  public AuthenticationInfo afterAttempt(Realm realm, AuthenticationToken token, AuthenticationInfo singleRealmInfo,
      AuthenticationInfo aggregateInfo, Throwable failure) throws AuthenticationException {
    if (failure instanceof AuthenticationException authentication
        && rank(authentication) > rank(WORST.get())) {
      WORST.set(authentication);
    }
    return super.afterAttempt(realm, token, singleRealmInfo, aggregateInfo, failure);
  }

  @Override
  public AuthenticationInfo afterAllAttempts(AuthenticationToken token, AuthenticationInfo aggregate)
      throws AuthenticationException {
    AuthenticationException worst = WORST.get();
    WORST.remove();
    if ((aggregate == null || aggregate.getPrincipals() == null || aggregate.getPrincipals().isEmpty())
        && worst != null) {
      throw worst;
    }
    return super.afterAllAttempts(token, aggregate);
  }

  private static int rank(AuthenticationException failure) {
    if (failure == null) {
      return 0;
    }
    if (failure instanceof DisabledAccountException) {
      return 4;
    }
    if (failure instanceof CredentialsException) {
      return 3;
    }
    if (failure instanceof UnknownAccountException) {
      return 1;
    }
    return 2;
  }
}
