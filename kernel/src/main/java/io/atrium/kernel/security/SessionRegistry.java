package io.atrium.kernel.security;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The signed-in browser sessions of this node: who, since when, last seen, from where, with what
 * browser. Users see and end their own; administrators anyone's. Sessions are known by a key of
 * their own, never by the servlet session id, so listing them leaks nothing that could be replayed.
 */
public final class SessionRegistry {

  private static final Logger LOG = Logger.getLogger(SessionRegistry.class.getName());

  /**
   * A signed-in session.
   *
   * @param key the session's public key
   * @param userId who
   * @param username their login name
   * @param signedInAt when they signed in
   * @param lastSeenAt their last request
   * @param address the client address at sign-in
   * @param userAgent the browser at sign-in
   */
  public record SessionInfo(String key, long userId, String username, Instant signedInAt, Instant lastSeenAt,
      String address, String userAgent) {
  }

  private record Tracked(SessionInfo info, Runnable invalidate) {
  }

  private final Map<String, Tracked> sessions = new ConcurrentHashMap<>();

  /** Registers a session that just signed in and returns its key. */
  public String signedIn(long userId, String username, Instant now, String address, String userAgent,
      Runnable invalidate) {
    String key = UUID.randomUUID().toString();
    sessions.put(key, new Tracked(new SessionInfo(key, userId, username, now, now, address, shorten(userAgent)),
        invalidate));
    return key;
  }

  /** Notes a request of a session. */
  public void seen(String key, Instant now) {
    sessions.computeIfPresent(key, (k, tracked) -> new Tracked(new SessionInfo(k, tracked.info().userId(),
        tracked.info().username(), tracked.info().signedInAt(), now, tracked.info().address(),
        tracked.info().userAgent()), tracked.invalidate()));
  }

  /** Forgets a session that ended (signed out, timed out or invalidated). */
  public void ended(String key) {
    if (key != null) {
      sessions.remove(key);
    }
  }

  /** A session by key. */
  public Optional<SessionInfo> find(String key) {
    Tracked tracked = key == null ? null : sessions.get(key);
    return tracked == null ? Optional.empty() : Optional.of(tracked.info());
  }

  /** Every session, most recently seen first. */
  public List<SessionInfo> all() {
    return sessions.values().stream().map(Tracked::info)
        .sorted(Comparator.comparing(SessionInfo::lastSeenAt).reversed()).toList();
  }

  /** The sessions of a user, most recently seen first. */
  public List<SessionInfo> of(long userId) {
    return all().stream().filter(s -> s.userId() == userId).toList();
  }

  /** Ends a session; false when there is no such session. */
  public boolean end(String key) {
    Tracked tracked = key == null ? null : sessions.remove(key);
    if (tracked == null) {
      return false;
    }
    try {
      tracked.invalidate().run();
    } catch (IllegalStateException alreadyInvalid) {
      // the container ended it a moment ago
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not end session " + key, e);
    }
    return true;
  }

  /** Ends every session of a user except {@code keep} (null ends all); returns how many ended. */
  public int endAllOf(long userId, String keep) {
    int ended = 0;
    for (SessionInfo session : of(userId)) {
      if (!session.key().equals(keep) && end(session.key())) {
        ended++;
      }
    }
    return ended;
  }

  private static String shorten(String userAgent) {
    if (userAgent == null) {
      return null;
    }
    return userAgent.length() > 300 ? userAgent.substring(0, 300) : userAgent;
  }
}
