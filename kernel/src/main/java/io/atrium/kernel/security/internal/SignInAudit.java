package io.atrium.kernel.security.internal;

import io.atrium.kernel.audit.Audit;
import io.atrium.kernel.audit.AuditEvent;
import io.atrium.kernel.security.AtriumPrincipal;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationListener;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.PrincipalCollection;
import org.apache.shiro.util.ThreadContext;
import org.apache.shiro.web.subject.WebSubject;

/**
 * Records sign-ins, failed sign-ins and sign-outs in the audit log: {@code login.success},
 * {@code login.failed} and {@code logout}, with the method ({@code form}, {@code basic} or
 * {@code token}) and, for a failure, the kind of failure; never the credentials. A REST client
 * signs in with every call, so its successes are recorded once per user, method, address and
 * user agent
 * every {@link #API_SIGN_IN_INTERVAL}: the log shows who used the API from where and when, not
 * one row per call (which made every call wait for the audit chain). Failures are always recorded.
 */
final class SignInAudit implements AuthenticationListener {

  /** How long a successful REST sign-in of a user, by one method from one address, is not recorded again. */
  static final Duration API_SIGN_IN_INTERVAL = Duration.ofMinutes(15);
  /** Most remembered REST sign-ins; past it the memory starts over, which only records a few more. */
  private static final int MAX_REMEMBERED = 10_000;

  private static final Logger LOG = Logger.getLogger(SignInAudit.class.getName());

  private final Supplier<Audit> audit;
  private final Clock clock;
  private final Map<String, Instant> apiSignIns = new ConcurrentHashMap<>();

  SignInAudit(Supplier<Audit> audit, Clock clock) {
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public void onSuccess(AuthenticationToken token, AuthenticationInfo info) {
    AtriumPrincipal principal = info.getPrincipals().oneByType(AtriumPrincipal.class);
    String method = method(token);
    if (principal != null && !"form".equals(method) && recentlyRecorded(method, principal)) {
      return;
    }
    AuditEvent event = new AuditEvent("auth", "login.success", "session", null, Map.of(),
        Map.of("method", method), "kernel", principal == null ? null : principal.username());
    record(event, principal);
  }

  /** Whether this REST sign-in was recorded within the interval; remembers it when not. */
  private boolean recentlyRecorded(String method, AtriumPrincipal principal) {
    Instant now = clock.instant();
    String key = principal.userId() + " " + method + " " + client();
    Instant last = apiSignIns.get(key);
    if (last != null && last.plus(API_SIGN_IN_INTERVAL).isAfter(now)) {
      return true;
    }
    if (apiSignIns.size() >= MAX_REMEMBERED) {
      apiSignIns.clear();
    }
    apiSignIns.put(key, now);
    return false;
  }

  @Override
  public void onFailure(AuthenticationToken token, AuthenticationException failure) {
    // the name that was tried, never the password or the token
    String tried = token instanceof UsernamePasswordToken login && login.getUsername() != null
        ? login.getUsername().trim() : null;
    AuditEvent event = new AuditEvent("auth", "login.failed", "session", null, Map.of(),
        Map.of("method", method(token), "failure", failure.getClass().getSimpleName()), "kernel",
        tried == null || tried.isEmpty() ? "?" : tried);
    record(event, null);
  }

  @Override
  public void onLogout(PrincipalCollection principals) {
    AtriumPrincipal principal = principals == null ? null : principals.oneByType(AtriumPrincipal.class);
    if (principal != null) {
      record(AuditEvent.auth("logout", principal.username()), principal);
    }
  }

  private void record(AuditEvent event, AtriumPrincipal principal) {
    try {
      if (principal == null) {
        audit.get().record(event);
      } else {
        audit.get().record(event, principal);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Could not record " + event.action() + " of " + event.actorName() + " in the audit log", e);
    }
  }

  /** How the caller signed in: a token, basic credentials on the API, or the login form. */
  private static String method(AuthenticationToken token) {
    if (token instanceof BearerToken) {
      return "token";
    }
    return isApiRequest() ? "basic" : "form";
  }

  /** The calling client: its address and the program it says it is. */
  private static String client() {
    if (ThreadContext.getSubject() instanceof WebSubject subject
        && subject.getServletRequest() instanceof HttpServletRequest http) {
      return http.getRemoteAddr() + " " + http.getHeader("User-Agent");
    }
    return "?";
  }

  private static boolean isApiRequest() {
    if (ThreadContext.getSubject() instanceof WebSubject subject) {
      ServletRequest request = subject.getServletRequest();
      if (request instanceof HttpServletRequest http) {
        // the path inside the application: /api/... is a servlet with the JAX-RS path as path info
        String path = http.getRequestURI().substring(http.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/openapi") || path.startsWith("/metrics");
      }
    }
    return false;
  }
}
