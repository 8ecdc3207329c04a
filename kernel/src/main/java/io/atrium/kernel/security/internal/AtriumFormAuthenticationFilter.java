package io.atrium.kernel.security.internal;

import io.atrium.kernel.security.AtriumPrincipal;
import io.atrium.kernel.security.GuardedAuthenticator;
import io.atrium.kernel.security.SessionRegistry;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authc.FormAuthenticationFilter;

/**
 * Form sign-in for pages. On success it gives the browser a new session id (so a session id
 * planted before sign-in is worthless), sets the idle timeout and registers the session; on
 * failure it tells the login page whether the account is locked and until when. The container's
 * error page for a request that needed no sign-in is shown as it is.
 */
public final class AtriumFormAuthenticationFilter extends FormAuthenticationFilter {

  /** Session attribute: the key of the session in the {@link SessionRegistry}. */
  public static final String SESSION_KEY = "atrium.sessionKey";
  /** Session attribute: when the user signed in, as an {@link Instant}. */
  public static final String SIGNED_IN_AT = "atrium.signedInAt";
  /** Request attribute for the login page: until when sign-in is locked. */
  public static final String LOCKED_UNTIL = "atriumLockedUntil";

  private final Supplier<SessionRegistry> sessions;
  private final Supplier<Duration> idleTimeout;
  private final Clock clock;

  /** Creates the filter. */
  public AtriumFormAuthenticationFilter(Supplier<SessionRegistry> sessions, Supplier<Duration> idleTimeout,
      Clock clock) {
    this.sessions = sessions;
    this.idleTimeout = idleTimeout;
    this.clock = clock;
  }

  /**
   * An error page the container shows for a request that was let through (say a browser's
   * {@code /favicon.ico}, which is 404) is allowed: sending that one to the login page would also
   * remember the error page as where to go after signing in, and users would land on "page not
   * found". Error pages show nothing but a generic text; asked for directly they still need a sign-in.
   */
  @Override
  protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
    return request.getDispatcherType() == DispatcherType.ERROR || super.isAccessAllowed(request, response, mappedValue);
  }

  @Override
  protected boolean onLoginSuccess(AuthenticationToken token, Subject subject, ServletRequest request,
      ServletResponse response) throws Exception {
    HttpServletRequest http = (HttpServletRequest) request;
    http.changeSessionId();
    HttpSession session = http.getSession();
    session.setMaxInactiveInterval((int) Math.min(Integer.MAX_VALUE, idleTimeout.get().toSeconds()));
    Instant now = clock.instant();
    if (subject.getPrincipal() instanceof AtriumPrincipal principal) {
      String key = sessions.get().signedIn(principal.userId(), principal.username(), now, request.getRemoteAddr(),
          http.getHeader("User-Agent"), session::invalidate);
      session.setAttribute(SESSION_KEY, key);
    }
    session.setAttribute(SIGNED_IN_AT, now);
    return super.onLoginSuccess(token, subject, request, response);
  }

  @Override
  protected boolean onLoginFailure(AuthenticationToken token, AuthenticationException e, ServletRequest request,
      ServletResponse response) {
    if (e instanceof GuardedAuthenticator.LockedUntilException locked) {
      request.setAttribute(LOCKED_UNTIL, locked.until());
    }
    return super.onLoginFailure(token, e, request, response);
  }
}
