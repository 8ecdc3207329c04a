package io.atrium.kernel.time;

import io.atrium.sdk.time.AtriumClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The platform clock: the system clock plus an offset that tests may move forward, so timers and
 * date rules can be tested without waiting. Moving it is only possible when clock control is on.
 */
public final class KernelClock implements AtriumClock {

  private final ZoneId zone;
  private volatile Duration offset = Duration.ZERO;

  /** Creates the clock for the company's time zone. */
  public KernelClock(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public Instant now() {
    return Instant.now().plus(offset);
  }

  @Override
  public ZoneId zone() {
    return zone;
  }

  @Override
  public Clock asClock() {
    return new OffsetClock(zone);
  }

  /** Moves the clock forward (or back, with a negative amount). */
  public void advance(Duration amount) {
    offset = offset.plus(amount);
  }

  /** How far the clock is ahead of the system clock. */
  public Duration offset() {
    return offset;
  }

  /** Returns to the system time. */
  public void reset() {
    offset = Duration.ZERO;
  }

  private final class OffsetClock extends Clock {
    private final ZoneId clockZone;

    OffsetClock(ZoneId clockZone) {
      this.clockZone = clockZone;
    }

    @Override
    public ZoneId getZone() {
      return clockZone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
      return new OffsetClock(newZone);
    }

    @Override
    public Instant instant() {
      return now();
    }
  }
}
