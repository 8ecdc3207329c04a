package io.atrium.kernel.event.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutboxDispatcherBackoffTest {

  @ParameterizedTest
  @CsvSource({"1, 1", "2, 2", "3, 4", "4, 8", "5, 16", "10, 512", "12, 2048", "13, 3600", "14, 3600"})
  void doublesAfterEachFailedAttemptUpToOneHour(int attempts, long seconds) {
    assertThat(OutboxDispatcher.backoff(attempts)).isEqualTo(Duration.ofSeconds(seconds));
  }

  @Test
  void neverExceedsOneHourHoweverManyAttempts() {
    for (int attempts = 1; attempts <= 1000; attempts++) {
      Duration delay = OutboxDispatcher.backoff(attempts);
      assertThat(delay).isPositive().isLessThanOrEqualTo(Duration.ofHours(1));
      if (attempts > 1) {
        assertThat(delay).isGreaterThanOrEqualTo(OutboxDispatcher.backoff(attempts - 1));
      }
    }
    assertThat(OutboxDispatcher.backoff(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void aFirstOrMissingAttemptCountWaitsOneSecond() {
    assertThat(OutboxDispatcher.backoff(0)).isEqualTo(Duration.ofSeconds(1));
    assertThat(OutboxDispatcher.backoff(-5)).isEqualTo(Duration.ofSeconds(1));
  }
}
