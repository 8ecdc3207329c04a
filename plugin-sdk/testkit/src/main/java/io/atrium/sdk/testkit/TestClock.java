package io.atrium.sdk.testkit;

import io.atrium.sdk.time.AtriumClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock that stands still until the test moves it. */
public final class TestClock implements AtriumClock {

  private volatile Instant now;
  private final ZoneId zone;

  TestClock(Instant start, ZoneId zone) {
    this.now = start;
    this.zone = zone;
  }

  @Override
  public Instant now() {
    return now;
  }

  @Override
  public ZoneId zone() {
    return zone;
  }

  @Override
  public Clock asClock() {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return Clock.fixed(now, other);
      }

      @Override
      public Instant instant() {
        return now;
      }
    };
  }

  /** Moves the clock forward. */
  public void advance(Duration amount) {
    now = now.plus(amount);
  }

  /** Sets the clock. */
  public void set(Instant instant) {
    now = instant;
  }
}
