package io.atrium.forms.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The change-log cursor: it stops before numbers not seen yet, until they turn up or are given up. */
class ChangeCursorTest {

  private static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");
  private final ChangeCursor cursor = new ChangeCursor(10, Duration.ofMinutes(5));

  @Test
  void entriesInOrderMoveTheCursorToTheHighest() {
    cursor.applied(11, T0);
    cursor.applied(12, T0);

    assertThat(cursor.advance(T0)).isEqualTo(12);
    assertThat(cursor.gaps()).isEmpty();
  }

  @Test
  void aSkippedNumberHoldsTheCursorUntilItTurnsUp() {
    cursor.applied(11, T0);
    cursor.applied(15, T0);

    assertThat(cursor.advance(T0)).isEqualTo(11);
    assertThat(cursor.highest()).isEqualTo(15);
    assertThat(cursor.gaps()).containsExactly(new ChangeCursor.Gap(12, 14, T0));

    cursor.applied(13, T0.plusSeconds(1));
    assertThat(cursor.gaps()).containsExactly(new ChangeCursor.Gap(12, 12, T0), new ChangeCursor.Gap(14, 14, T0));
    cursor.applied(12, T0.plusSeconds(2));
    assertThat(cursor.advance(T0.plusSeconds(2))).isEqualTo(13);
    cursor.applied(14, T0.plusSeconds(3));
    assertThat(cursor.advance(T0.plusSeconds(3))).isEqualTo(15);
  }

  @Test
  void aNumberThatNeverTurnsUpIsGivenUpAfterTheWait() {
    cursor.applied(12, T0);

    assertThat(cursor.advance(T0.plus(Duration.ofMinutes(5)))).as("still waiting").isEqualTo(10);
    assertThat(cursor.advance(T0.plus(Duration.ofMinutes(5)).plusSeconds(1))).isEqualTo(12);
    assertThat(cursor.gaps()).isEmpty();
  }

  @Test
  void applyingAnEntryAgainChangesNothing() {
    cursor.applied(11, T0);
    cursor.applied(11, T0);
    cursor.applied(5, T0);

    assertThat(cursor.advance(T0)).isEqualTo(11);
    assertThat(cursor.gaps()).isEmpty();
  }
}
