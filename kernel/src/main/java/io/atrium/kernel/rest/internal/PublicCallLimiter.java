package io.atrium.kernel.rest.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address and public method: a caller may spend {@code limit} calls at
 * once, and gets them back evenly over {@code period}. Kept in memory per node (a cluster of N nodes
 * lets N times as many through, which still stops a script flooding one form).
 */
public final class PublicCallLimiter {

  /** Buckets kept before idle, full ones are dropped; bounds the memory an address scan can take. */
  private static final int PRUNE_ABOVE = 10_000;

  private final int limit;
  private final double tokensPerNano;
  private final Clock clock;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  /**
   * Creates the limiter.
   *
   * @param limit calls a caller may make at once, at least 1
   * @param period how long spent calls take to come back in full
   * @param clock the time source
   */
  public PublicCallLimiter(int limit, Duration period, Clock clock) {
    if (limit < 1 || period.isZero() || period.isNegative()) {
      throw new IllegalArgumentException("A public call limit needs at least 1 call per positive period, not "
          + limit + " per " + period);
    }
    this.limit = limit;
    this.tokensPerNano = limit / (double) period.toNanos();
    this.clock = clock;
  }

  /**
   * Spends one call of the caller at {@code address} on {@code method}.
   *
   * @return zero when the call may go ahead, else the whole seconds until it may (at least 1)
   */
  public long acquire(String address, String method) {
    long now = nanos();
    if (buckets.size() > PRUNE_ABOVE) {
      buckets.values().removeIf(b -> b.full(now));
    }
    Bucket bucket = buckets.computeIfAbsent(address + ' ' + method, k -> new Bucket(limit, now));
    synchronized (bucket) {
      bucket.refill(now);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      double nanosToWait = (1 - bucket.tokens) / tokensPerNano;
      return Math.max(1, (long) Math.ceil(nanosToWait / 1_000_000_000d));
    }
  }

  private long nanos() {
    java.time.Instant instant = clock.instant();
    return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
  }

  /** The calls one caller has left on one method. */
  private final class Bucket {
    private double tokens;
    private long updated;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.updated = now;
    }

    void refill(long now) {
      if (now > updated) {
        tokens = Math.min(limit, tokens + (now - updated) * tokensPerNano);
        updated = now;
      }
    }

    synchronized boolean full(long now) {
      refill(now);
      return tokens >= limit;
    }
  }
}
