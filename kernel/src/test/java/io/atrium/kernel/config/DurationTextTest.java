package io.atrium.kernel.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationTextTest {

  @ParameterizedTest
  @CsvSource({
      "500ms, PT0.5S",
      "30s, PT30S",
      "5m, PT5M",
      "2h, PT2H",
      "1d, PT24H",
      "PT30S, PT30S",
      "pt1m30s, PT1M30S",
      "P1D, PT24H",
      "'  45S ', PT45S",
      "10 m, PT10M",
      "0s, PT0S",
      "1500MS, PT1.5S",
  })
  void parses(String text, String expected) {
    assertThat(DurationText.parse("atrium.test", text)).isEqualTo(Duration.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"soon", "", " ", "30", "ms", "s", "5x", "1.5h", "PT", "P-", "thirty s", "5 minutes"})
  void refusesGarbageNamingTheSettingAndTheAcceptedForms(String text) {
    assertThatThrownBy(() -> DurationText.parse("atrium.plugins.start-timeout", text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Setting atrium.plugins.start-timeout = '" + text + "' is not a duration; write e.g. "
            + "30s, 5m, 2h, 1d or PT30S");
  }
}
