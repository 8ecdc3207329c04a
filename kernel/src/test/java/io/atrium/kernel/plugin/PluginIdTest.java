package io.atrium.kernel.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PluginIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"hello", "crm-lite", "a1", "x9-y8-z7", "abcdefghijabcdefghijabcdefghijabcdefghij"})
  void acceptsValidIds(String id) {
    assertThat(PluginId.isValid(id)).isTrue();
    assertThat(PluginId.problem(id)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "Hello", "HELLO", "1st", "-hello", "hello-", "crm--lite", "crm_lite", "crm.lite",
      "crm lite", "héllo", "abcdefghijabcdefghijabcdefghijabcdefghijk", "hello/x", "../hello"})
  void refusesMalformedIds(String id) {
    assertThat(PluginId.isValid(id)).isFalse();
    assertThat(PluginId.problem(id)).isEqualTo("the plugin id '" + id
        + "' must be 2 to 40 lower-case letters, digits and single dashes, starting with a letter");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void refusesEmptyIds(String id) {
    assertThat(PluginId.isValid(id)).isFalse();
    assertThat(PluginId.problem(id)).isEqualTo("the plugin id is empty");
  }

  @ParameterizedTest
  @ValueSource(strings = {"atrium", "kernel", "system", "api", "admin", "health", "openapi", "metrics", "login",
      "logout", "resources", "jakarta", "web-inf", "meta-inf", "static", "public", "plugins", "error", "sdk"})
  void refusesReservedIds(String id) {
    assertThat(PluginId.isValid(id)).isFalse();
    assertThat(PluginId.problem(id)).isEqualTo("the plugin id '" + id + "' is reserved by the platform");
  }

  @Test
  void idsThatOnlyStartWithAReservedWordAreFine() {
    assertThat(PluginId.isValid("admin-tools")).isTrue();
    assertThat(PluginId.isValid("apis")).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"hello, hello_", "crm-lite, crm_lite_", "a-b-c, a_b_c_", "x9, x9_"})
  void tablePrefixReplacesDashesAndEndsWithAnUnderscore(String id, String prefix) {
    assertThat(PluginId.tablePrefix(id)).isEqualTo(prefix);
  }
}
