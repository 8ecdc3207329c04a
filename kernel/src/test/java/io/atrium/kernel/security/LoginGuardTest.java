package io.atrium.kernel.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.kernel.testing.KernelDatabase;
import io.atrium.kernel.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoginGuardTest {

  private final KernelDatabase database = new KernelDatabase();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
  private final LoginGuard guard = new LoginGuard(database.jdbc(), clock,
      new LoginGuard.Limits(3, 5, Duration.ofMinutes(15), Duration.ofMinutes(10)));

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  @Test
  void theThirdFailureLocksTheAccountForTheLockoutTime() {
    assertThat(guard.failed("alice", "10.0.0.1")).isEmpty();
    assertThat(guard.failed("Alice", "10.0.0.2")).isEmpty();
    assertThat(guard.lockedUntil("alice", "10.0.0.1")).as("failures alone lock nothing").isEmpty();

    assertThat(guard.failed("alice ", "10.0.0.3")).hasValue(clock.instant().plus(Duration.ofMinutes(10)));
    assertThat(guard.lockedUntil("ALICE", "10.9.9.9")).isPresent();

    clock.advance(Duration.ofMinutes(11));
    assertThat(guard.lockedUntil("alice", null)).isEmpty();
  }

  @Test
  void eachFurtherLockoutLastsTwiceAsLong() {
    for (int i = 0; i < 3; i++) {
      guard.failed("bob", null);
    }
    clock.advance(Duration.ofMinutes(11));
    for (int i = 0; i < 2; i++) {
      assertThat(guard.failed("bob", null)).isEmpty();
    }

    assertThat(guard.failed("bob", null)).hasValue(clock.instant().plus(Duration.ofMinutes(20)));
  }

  @Test
  void failuresOutsideTheWindowDoNotAddUp() {
    guard.failed("carol", null);
    guard.failed("carol", null);
    clock.advance(Duration.ofMinutes(16));

    assertThat(guard.failed("carol", null)).isEmpty();
    assertThat(guard.failed("carol", null)).isEmpty();
    assertThat(guard.failed("carol", null)).isPresent();
  }

  @Test
  void aSuccessClearsTheAccountButNotTheAddress() {
    guard.failed("dave", "10.0.0.7");
    guard.failed("dave", "10.0.0.7");
    guard.succeeded("dave");

    assertThat(guard.failed("dave", "10.0.0.7")).isEmpty();
    assertThat(guard.entries()).extracting(LoginGuard.Entry::subject).contains("10.0.0.7");
  }

  @Test
  void manyNamesFromOneAddressBlockTheAddress() {
    for (int i = 0; i < 4; i++) {
      assertThat(guard.failed("user" + i, "10.0.0.9")).isEmpty();
    }

    assertThat(guard.failed("user9", "10.0.0.9")).isPresent();
    assertThat(guard.lockedUntil("somebody-else", "10.0.0.9")).isPresent();
    assertThat(guard.lockedUntil("somebody-else", "10.0.0.10")).isEmpty();
  }

  @Test
  void anAdministratorLiftsALockout() {
    for (int i = 0; i < 3; i++) {
      guard.failed("erin", null);
    }

    assertThat(guard.entries()).anySatisfy(e -> assertThat(e.lockedAt(clock.instant())).isTrue());
    assertThat(guard.lift(LoginGuard.Kind.ACCOUNT, "Erin")).isTrue();
    assertThat(guard.lockedUntil("erin", null)).isEmpty();
    assertThat(guard.lift(LoginGuard.Kind.ACCOUNT, "erin")).isFalse();
  }
}
