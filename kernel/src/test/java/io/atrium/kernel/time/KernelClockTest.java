package io.atrium.kernel.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KernelClockTest {

  private final KernelClock clock = new KernelClock(ZoneOffset.UTC);

  @Test
  void advancingMovesTheClockAndResettingReturnsToSystemTime() {
    clock.advance(Duration.ofHours(2));
    assertThat(clock.offset()).isEqualTo(Duration.ofHours(2));
    assertThat(clock.now()).isAfter(Instant.now().plus(Duration.ofMinutes(119)));

    clock.reset();
    assertThat(clock.offset()).isZero();
    assertThat(clock.now()).isBefore(Instant.now().plusSeconds(1));
  }

  @Test
  void everyMoveIsAnnouncedSoWaitsOnTheClockStartAgain() {
    AtomicInteger moves = new AtomicInteger();
    clock.onChange(moves::incrementAndGet);

    clock.advance(Duration.ofSeconds(120));
    clock.reset();

    assertThat(moves).hasValue(2);
  }
}
