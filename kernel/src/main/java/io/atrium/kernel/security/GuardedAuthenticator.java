package io.atrium.kernel.security;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.LockedAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.pam.ModularRealmAuthenticator;

/**
 * Shiro's authenticator with {@link LoginGuard} in front: a locked account or a blocked address is
 * refused before any password is checked (by any realm), and every failed password sign-in is
 * counted. API tokens are random and long, so token sign-ins are not counted.
 */
public final class GuardedAuthenticator extends ModularRealmAuthenticator {

  /** Thrown when the account or the client address is locked. */
  public static final class LockedUntilException extends LockedAccountException {
    private static final long serialVersionUID = 1L;

    private final Instant until;

    LockedUntilException(Instant until) {
      super("Too many failed sign-ins; locked until " + until);
      this.until = until;
    }

    /** Until when. */
    public Instant until() {
      return until;
    }
  }

  private final Supplier<LoginGuard> guard;

  /** Creates the authenticator; the guard is looked up on first use. */
  public GuardedAuthenticator(Supplier<LoginGuard> guard) {
    this.guard = guard;
  }

  @Override
  protected AuthenticationInfo doAuthenticate(AuthenticationToken token) throws AuthenticationException {
    if (!(token instanceof UsernamePasswordToken login)) {
      return super.doAuthenticate(token);
    }
    String address = address(login);
    LoginGuard current = guard.get();
    Optional<Instant> locked = current.lockedUntil(login.getUsername(), address);
    if (locked.isPresent()) {
      throw new LockedUntilException(locked.get());
    }
    try {
      AuthenticationInfo info = super.doAuthenticate(token);
      current.succeeded(login.getUsername());
      return info;
    } catch (AuthenticationException e) {
      Optional<Instant> nowLocked = current.failed(login.getUsername(), address);
      if (nowLocked.isPresent()) {
        throw new LockedUntilException(nowLocked.get());
      }
      throw e;
    }
  }

  private static String address(UsernamePasswordToken login) {
    String host = login.getHost();
    return host != null ? host : CallerContext.current().address();
  }
}
