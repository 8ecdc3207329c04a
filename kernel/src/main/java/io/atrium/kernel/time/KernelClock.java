package io.atrium.kernel.time;

import io.atrium.sdk.time.AtriumClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The platform clock: the system clock plus an offset that tests may move forward, so timers and
 * date rules can be tested without waiting. Moving it is only possible when clock control is on.
 */
public final class KernelClock implements AtriumClock {

  private final ZoneId zone;
  private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
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

  /**
   * Runs {@code listener} each time the clock is moved. Waits measured on this clock (a poll
   * interval, say) must start again then: after a move back they would otherwise last as long as
   * the move.
   */
  public void onChange(Runnable listener) {
    changeListeners.add(listener);
  }

  /** Moves the clock forward (or back, with a negative amount). */
  public void advance(Duration amount) {
    offset = offset.plus(amount);
    changed();
  }

  /** How far the clock is ahead of the system clock. */
  public Duration offset() {
    return offset;
  }

  /** Returns to the system time. */
  public void reset() {
    offset = Duration.ZERO;
    changed();
  }

  private void changed() {
    changeListeners.forEach(Runnable::run);
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
