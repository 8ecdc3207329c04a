package io.atrium.web.admin;

import io.atrium.kernel.audit.AuditEvent;
import io.atrium.kernel.security.KernelPermissions;
import io.atrium.kernel.security.LoginGuard;
import io.atrium.kernel.security.SessionRegistry;
import io.atrium.web.page.Guard;
import io.atrium.web.page.MySessionKey;
import io.atrium.web.page.KernelServices;
import io.atrium.web.page.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Everyone's signed-in sessions with "end", and sign-in lockouts with "lift". */
@Named("sessionsPage")
@ViewScoped
public class SessionsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * A signed-in session.
   *
   * @param key its public key
   * @param userId who
   * @param username their login name
   * @param signedInAt when they signed in
   * @param lastSeenAt their last request
   * @param address the client address at sign-in
   * @param userAgent the browser at sign-in
   */
  public record SessionRow(String key, long userId, String username, Instant signedInAt, Instant lastSeenAt,
      String address, String userAgent) implements Serializable {

    static SessionRow of(SessionRegistry.SessionInfo info) {
      return new SessionRow(info.key(), info.userId(), info.username(), info.signedInAt(), info.lastSeenAt(),
          info.address(), info.userAgent());
    }
  }

  /**
   * A failure count or lockout.
   *
   * @param kind {@code ACCOUNT} or {@code ADDRESS}
   * @param subject the login name or the address
   * @param failures failures in the current window
   * @param lastFailureAt the last failure
   * @param lockedUntil until when it is locked, or null
   * @param locked whether it is locked now
   */
  public record LockoutRow(String kind, String subject, int failures, Instant lastFailureAt, Instant lockedUntil,
      boolean locked) implements Serializable {
  }

  @Inject
  KernelServices kernel;

  @Inject
  PageMessages messages;

  private List<SessionRow> sessions;
  private List<LockoutRow> lockouts;
  private String ownKey;

  @PostConstruct
  void load() {
    ownKey = MySessionKey.current();
    refresh();
  }

  /** Reads sessions and lockouts again. */
  public void refresh() {
    Guard.require(KernelPermissions.SESSIONS_MANAGE);
    sessions = kernel.sessions().all().stream().map(SessionRow::of).toList();
    Instant now = kernel.clock().now();
    lockouts = kernel.loginGuard().entries().stream().map(e -> new LockoutRow(e.kind().name(), e.subject(),
        e.failures(), e.lastFailureAt(), e.lockedUntil(), e.lockedAt(now))).toList();
  }

  public List<SessionRow> getSessions() {
    return sessions;
  }

  public List<LockoutRow> getLockouts() {
    return lockouts;
  }

  /** Whether a session is the one this page is shown in. */
  public boolean isOwn(String key) {
    return key != null && key.equals(ownKey);
  }

  /** Ends anyone's session. */
  public void end(String key) {
    Guard.require(KernelPermissions.SESSIONS_MANAGE);
    if (isOwn(key)) {
      // this page's own session: signing out is the way to end it
      refresh();
      return;
    }
    kernel.sessions().find(key).ifPresentOrElse(session -> {
      kernel.sessions().end(key);
      kernel.audit().record(AuditEvent.admin("session.end", "user", session.userId(), Map.of(),
          Map.of("username", session.username())));
      messages.info("admin.sessions.ended", session.username());
    }, () -> messages.error("admin.sessions.gone"));
    refresh();
  }

  /** Lifts the lockout of an account or an address. */
  public void lift(String kind, String subject) {
    Guard.require(KernelPermissions.SESSIONS_MANAGE);
    LoginGuard.Kind parsed = LoginGuard.Kind.valueOf(kind);
    if (kernel.loginGuard().lift(parsed, subject)) {
      kernel.audit().record(AuditEvent.admin("lockout.lift", "lockout", parsed + ":" + subject, Map.of(), Map.of()));
      messages.info("admin.lockouts.lifted", subject);
    } else {
      messages.error("admin.lockouts.gone", subject);
    }
    refresh();
  }
}
