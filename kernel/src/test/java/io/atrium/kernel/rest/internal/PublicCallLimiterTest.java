package io.atrium.kernel.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PublicCallLimiterTest {

  /** A clock the test moves. */
  private static final class Hand extends Clock {
    private Instant now = Instant.parse("2026-12-02T08:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void aCallerSpendsTheLimitAtOnceThenWaitsForTheNextCallToComeBack() {
    Hand clock = new Hand();
    PublicCallLimiter limiter = new PublicCallLimiter(3, Duration.ofMinutes(1), clock);

    assertThat(limiter.acquire("10.0.0.1", "A.page")).isZero();
    assertThat(limiter.acquire("10.0.0.1", "A.page")).isZero();
    assertThat(limiter.acquire("10.0.0.1", "A.page")).isZero();
    // one call comes back every 20 s
    assertThat(limiter.acquire("10.0.0.1", "A.page")).isEqualTo(20);

    clock.advance(Duration.ofSeconds(15));
    assertThat(limiter.acquire("10.0.0.1", "A.page")).isEqualTo(5);
    clock.advance(Duration.ofSeconds(5));
    assertThat(limiter.acquire("10.0.0.1", "A.page")).isZero();
    assertThat(limiter.acquire("10.0.0.1", "A.page")).isPositive();
  }

  @Test
  void addressesAndMethodsHaveTheirOwnBuckets() {
    PublicCallLimiter limiter = new PublicCallLimiter(1, Duration.ofMinutes(1), new Hand());

    assertThat(limiter.acquire("10.0.0.1", "A.page")).isZero();
    assertThat(limiter.acquire("10.0.0.1", "A.page")).isPositive();
    assertThat(limiter.acquire("10.0.0.2", "A.page")).isZero();
    assertThat(limiter.acquire("10.0.0.1", "A.submit")).isZero();
  }

  @Test
  void aLongPauseRefillsNoMoreThanTheLimit() {
    Hand clock = new Hand();
    PublicCallLimiter limiter = new PublicCallLimiter(2, Duration.ofMinutes(1), clock);
    clock.advance(Duration.ofHours(5));

    assertThat(limiter.acquire("a", "m")).isZero();
    assertThat(limiter.acquire("a", "m")).isZero();
    assertThat(limiter.acquire("a", "m")).isPositive();
  }

  @Test
  void aLimitBelowOneIsRefused() {
    assertThatThrownBy(() -> new PublicCallLimiter(0, Duration.ofMinutes(1), new Hand()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
