package io.atrium.kernel.identity;

import io.atrium.kernel.persistence.Jdbc;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter in the database that every change to people, departments, groups or roles bumps.
 * Caches built from those tables (the org tree, compiled policies) remember the value they were
 * built at and rebuild when it moved. Reading it costs one query at most once a second per node,
 * so another node's change shows within a second.
 */
public final class ChangeCounter {

  private static final long RECHECK_MILLIS = 1000;

  private final Jdbc jdbc;
  private final Clock clock;
  private final AtomicLong value = new AtomicLong(-1);
  private volatile long checkedAt;

  /** Creates the counter. */
  public ChangeCounter(Jdbc jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The current value, read from the database when the last read is older than a second. */
  public long current() {
    long now = clock.millis();
    if (value.get() < 0 || now - checkedAt >= RECHECK_MILLIS) {
      value.set(jdbc.queryOne("SELECT generation FROM atrium_policy_generation WHERE id = 1", row -> row.getLong(1))
          .orElse(0L));
      checkedAt = now;
    }
    return value.get();
  }

  /** Records a change; this node sees it at once, others within a second. */
  public void bump() {
    jdbc.update("UPDATE atrium_policy_generation SET generation = generation + 1 WHERE id = 1");
    value.set(-1);
  }
}
