package io.atrium.forms.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.forms.IntakeRefusedException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IntakeTokensTest {

  private static final Instant RENDERED = Instant.parse("2026-12-02T08:00:00Z");

  private final IntakeTokens tokens = new IntakeTokens("0123456789abcdef-key".getBytes(), Duration.ofSeconds(2),
      Duration.ofHours(4));

  @Test
  void aTokenBroughtBackAfterTheMinimumAndBeforeExpiryCounts() {
    String token = tokens.issue("s1", RENDERED);

    assertThatCode(() -> tokens.check("s1", token, RENDERED.plusSeconds(3))).doesNotThrowAnyException();
    assertThatCode(() -> tokens.check("s1", token, RENDERED.plus(Duration.ofHours(4)))).doesNotThrowAnyException();
  }

  @Test
  void aSubmitFasterThanAPersonFillsAFormIsRefused() {
    String token = tokens.issue("s1", RENDERED);

    assertThatThrownBy(() -> tokens.check("s1", token, RENDERED.plusMillis(1500)))
        .isInstanceOf(IntakeRefusedException.class).hasMessage("forms.intake.refused.tooFast");
  }

  @Test
  void aPageOpenForTooLongIsRefused() {
    String token = tokens.issue("s1", RENDERED);

    assertThatThrownBy(() -> tokens.check("s1", token, RENDERED.plus(Duration.ofHours(4)).plusSeconds(1)))
        .isInstanceOf(IntakeRefusedException.class).hasMessage("forms.intake.refused.expired");
  }

  @Test
  void aForgedAlteredForeignOrMissingTokenIsRefused() {
    String token = tokens.issue("s1", RENDERED);
    Instant later = RENDERED.plusSeconds(10);
    // an older render time to get past the minimum, with the signature kept
    String backdated = (RENDERED.toEpochMilli() - 60_000) + token.substring(token.indexOf('.'));
    IntakeTokens otherKey = new IntakeTokens("another-key-of-16-bytes".getBytes(), Duration.ofSeconds(2),
        Duration.ofHours(4));

    assertThatThrownBy(() -> tokens.check("s1", backdated, later)).hasMessage("forms.intake.refused.token");
    assertThatThrownBy(() -> tokens.check("s2", token, later)).hasMessage("forms.intake.refused.token");
    assertThatThrownBy(() -> otherKey.check("s1", token, later)).hasMessage("forms.intake.refused.token");
    assertThatThrownBy(() -> tokens.check("s1", null, later)).hasMessage("forms.intake.refused.token");
    assertThatThrownBy(() -> tokens.check("s1", "garbage", later)).hasMessage("forms.intake.refused.token");
    assertThatThrownBy(() -> tokens.check("s1", "x.y.z", later)).hasMessage("forms.intake.refused.token");
  }

  @Test
  void aShortKeyIsRefused() {
    assertThatThrownBy(() -> new IntakeTokens("short".getBytes(), Duration.ofSeconds(2), Duration.ofHours(4)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
