package io.atrium.kernel.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUrlSettingTest {

  @TempDir
  Path home;

  private KernelSettings with(Map<String, String> env) {
    Properties system = new Properties();
    system.setProperty(KernelSettings.HOME, home.toString());
    return KernelSettings.of(env, system);
  }

  @ParameterizedTest
  @CsvSource({"https://oa.example.com, https://oa.example.com", "https://oa.example.com/, https://oa.example.com",
      "http://10.0.0.5:8080/atrium//, http://10.0.0.5:8080/atrium"})
  void theBaseUrlLosesItsTrailingSlashes(String value, String expected) {
    assertThat(with(Map.of("ATRIUM_BASE_URL", value)).baseUrl()).hasValue(expected);
  }

  @Test
  void withoutOneThereIsNone() {
    assertThat(with(Map.of()).baseUrl()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"oa.example.com", "ftp://oa.example.com", "https://", "https://oa.example.com/?a=1",
      "javascript:alert(1)"})
  void anythingButAnHttpAddressIsRefusedNamingTheSetting(String value) {
    assertThatThrownBy(() -> with(Map.of("ATRIUM_BASE_URL", value)).baseUrl())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("atrium.base-url");
  }
}
