package io.atrium.web.me;

import io.atrium.kernel.security.SessionRegistry;
import io.atrium.web.page.Guard;
import io.atrium.web.page.KernelServices;
import io.atrium.web.page.MySessionKey;
import io.atrium.web.page.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The signed-in user's own sessions, this one marked; the others can be ended. */
@Named("mySessionsPage")
@ViewScoped
public class MySessionsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * One of the user's sessions.
   *
   * @param key its public key
   * @param signedInAt when they signed in
   * @param lastSeenAt its last request
   * @param address the client address at sign-in
   * @param userAgent the browser at sign-in
   * @param current whether it is the session this page is shown in
   */
  public record SessionRow(String key, Instant signedInAt, Instant lastSeenAt, String address, String userAgent,
      boolean current) implements Serializable {
  }

  @Inject
  KernelServices kernel;

  @Inject
  PageMessages messages;

  private List<SessionRow> sessions;
  private String ownKey;

  @PostConstruct
  void load() {
    ownKey = MySessionKey.current();
    refresh();
  }

  /** Reads the sessions again. */
  public void refresh() {
    sessions = kernel.sessions().of(Guard.principal().userId()).stream().map(this::row).toList();
  }

  private SessionRow row(SessionRegistry.SessionInfo info) {
    return new SessionRow(info.key(), info.signedInAt(), info.lastSeenAt(), info.address(), info.userAgent(),
        info.key().equals(ownKey));
  }

  public List<SessionRow> getSessions() {
    return sessions;
  }

  /** Whether there are sessions besides this one. */
  public boolean isOthers() {
    return sessions.stream().anyMatch(s -> !s.current());
  }

  /** Ends another session of the user. */
  public void end(String key) {
    long userId = Guard.principal().userId();
    boolean mine = kernel.sessions().find(key).filter(s -> s.userId() == userId).isPresent();
    if (!mine || key.equals(MySessionKey.current())) {
      messages.error("me.sessions.gone");
    } else {
      kernel.sessions().end(key);
      messages.info("me.sessions.ended");
    }
    refresh();
  }

  /** Ends every other session of the user. */
  public void endOthers() {
    int ended = kernel.sessions().endAllOf(Guard.principal().userId(), MySessionKey.current());
    messages.info("me.sessions.endedOthers", ended);
    refresh();
  }
}
