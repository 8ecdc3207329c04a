package io.atrium.kernel.security;

import io.atrium.kernel.persistence.Jdbc;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password guessing: too many failed sign-ins for one account, or from one client
 * address, within a window lock it for a while; every further lockout of the same account lasts
 * twice as long (at most a day). A successful sign-in clears the account's count. Counts live in
 * the database, so every node of a cluster sees the same ones.
 */
public final class LoginGuard {

  /** What is counted. */
  public enum Kind {
    /** A login name (counted whether or not the account exists, so guessing names gains nothing). */
    ACCOUNT,
    /** A client address. */
    ADDRESS
  }

  /**
   * The limits.
   *
   * @param accountFailures failures of one account within the window that lock it
   * @param addressFailures failures from one address within the window that block it
   * @param window how long failures are counted
   * @param lockout how long the first lockout lasts
   */
  public record Limits(int accountFailures, int addressFailures, Duration window, Duration lockout) {
    /** Five failures per account, twenty per address, in 15 minutes; locked for 15 minutes. */
    public static final Limits DEFAULT = new Limits(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15));
  }

  /**
   * A current lockout or failure count, for administrators.
   *
   * @param kind account or address
   * @param subject the login name or address
   * @param failures failures in the current window
   * @param lastFailureAt the last failure
   * @param lockedUntil until when it is locked, or null
   */
  public record Entry(Kind kind, String subject, int failures, Instant lastFailureAt, Instant lockedUntil) {
    /** Whether it is locked at {@code now}. */
    public boolean lockedAt(Instant now) {
      return lockedUntil != null && lockedUntil.isAfter(now);
    }
  }

  private static final Duration LONGEST_LOCKOUT = Duration.ofDays(1);

  private final Jdbc jdbc;
  private final Clock clock;
  private final Limits limits;

  /** Creates the guard. */
  public LoginGuard(Jdbc jdbc, Clock clock, Limits limits) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.limits = limits;
  }

  /** Until when the account or the address is locked, if it is now. */
  public Optional<Instant> lockedUntil(String username, String address) {
    Instant now = clock.instant();
    Optional<Instant> account = lockOf(Kind.ACCOUNT, normalise(username), now);
    Optional<Instant> byAddress = address == null ? Optional.empty() : lockOf(Kind.ADDRESS, address, now);
    if (account.isPresent() && byAddress.isPresent()) {
      return Optional.of(account.get().isAfter(byAddress.get()) ? account.get() : byAddress.get());
    }
    return account.isPresent() ? account : byAddress;
  }

  /** Counts a failed sign-in; returns the lockout it caused, if any. */
  public Optional<Instant> failed(String username, String address) {
    Instant now = clock.instant();
    Optional<Instant> locked = count(Kind.ACCOUNT, normalise(username), limits.accountFailures(), now);
    if (address != null) {
      Optional<Instant> blocked = count(Kind.ADDRESS, address, limits.addressFailures(), now);
      if (locked.isEmpty()) {
        locked = blocked;
      }
    }
    return locked;
  }

  /** A successful sign-in clears the account's failures (not the address's). */
  public void succeeded(String username) {
    jdbc.update("DELETE FROM atrium_login_failure WHERE kind = ? AND subject = ?", Kind.ACCOUNT, normalise(username));
  }

  /** Current counts and lockouts, newest failure first. */
  public List<Entry> entries() {
    Instant horizon = clock.instant().minus(limits.window());
    return jdbc.query("SELECT kind, subject, failures, last_failure_at, locked_until FROM atrium_login_failure "
        + "WHERE last_failure_at > ? OR locked_until > ? ORDER BY last_failure_at DESC", row -> new Entry(
        Kind.valueOf(row.getString(1)), row.getString(2), row.getInt(3), Jdbc.instant(row, "last_failure_at"),
        Jdbc.instant(row, "locked_until")), horizon, clock.instant());
  }

  /** Lifts a lockout (an administrator's action); false when there was nothing to lift. */
  public boolean lift(Kind kind, String subject) {
    String key = kind == Kind.ACCOUNT ? normalise(subject) : subject;
    return jdbc.update("DELETE FROM atrium_login_failure WHERE kind = ? AND subject = ?", kind, key) > 0;
  }

  private Optional<Instant> lockOf(Kind kind, String subject, Instant now) {
    return jdbc.query("SELECT locked_until FROM atrium_login_failure WHERE kind = ? AND subject = ? "
        + "AND locked_until IS NOT NULL", row -> Jdbc.instant(row, "locked_until"), kind, subject).stream()
        .filter(until -> until.isAfter(now)).findFirst();
  }

  private Optional<Instant> count(Kind kind, String subject, int limit, Instant now) {
    Optional<Object[]> row = jdbc.queryOne("SELECT failures, window_start, lockouts FROM atrium_login_failure "
        + "WHERE kind = ? AND subject = ?", r -> new Object[] {r.getInt(1), Jdbc.instant(r, "window_start"),
        r.getInt(3)}, kind, subject);
    if (row.isEmpty()) {
      try {
        jdbc.update("INSERT INTO atrium_login_failure (kind, subject, failures, window_start, last_failure_at, "
            + "lockouts) VALUES (?, ?, 1, ?, ?, 0)", kind, subject, now, now);
      } catch (Jdbc.DataAccessException concurrentInsert) {
        return count(kind, subject, limit, now);
      }
      return limit <= 1 ? lock(kind, subject, 0, now) : Optional.empty();
    }
    int failures = (Integer) row.get()[0];
    Instant windowStart = (Instant) row.get()[1];
    int lockouts = (Integer) row.get()[2];
    if (windowStart.plus(limits.window()).isBefore(now)) {
      jdbc.update("UPDATE atrium_login_failure SET failures = 1, window_start = ?, last_failure_at = ? "
          + "WHERE kind = ? AND subject = ?", now, now, kind, subject);
      return Optional.empty();
    }
    jdbc.update("UPDATE atrium_login_failure SET failures = failures + 1, last_failure_at = ? WHERE kind = ? "
        + "AND subject = ?", now, kind, subject);
    return failures + 1 >= limit ? lock(kind, subject, lockouts, now) : Optional.empty();
  }

  private Optional<Instant> lock(Kind kind, String subject, int earlierLockouts, Instant now) {
    Duration length = limits.lockout().multipliedBy(1L << Math.min(earlierLockouts, 10));
    if (length.compareTo(LONGEST_LOCKOUT) > 0) {
      length = LONGEST_LOCKOUT;
    }
    Instant until = now.plus(length);
    // the next window starts after the lockout, so one more failure does not lock again at once
    jdbc.update("UPDATE atrium_login_failure SET locked_until = ?, lockouts = lockouts + 1, failures = 0, "
        + "window_start = ? WHERE kind = ? AND subject = ?", until, until, kind, subject);
    return Optional.of(until);
  }

  private static String normalise(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }
}
