package io.atrium.kernel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UiRegistryPathsTest {

  @ParameterizedTest
  @CsvSource({
      "*, index.xhtml",
      "*, admin/settings.xhtml",
      "**, admin/deep/page.xhtml",
      "admin/*, admin/settings.xhtml",
      "admin/*, admin/deep/page.xhtml",
      "index.xhtml, index.xhtml",
  })
  void globMatches(String pattern, String path) {
    assertThat(UiRegistry.globMatches(pattern, path)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
      "admin/*, administrator.xhtml",
      "admin/*, admin",
      "admin/*, public/admin/x.xhtml",
      "index.xhtml, other.xhtml",
      "index.xhtml, sub/index.xhtml",
      "*.xhtml, index.xhtml",
  })
  void globDoesNotMatch(String pattern, String path) {
    assertThat(UiRegistry.globMatches(pattern, path)).isFalse();
  }

  @Test
  void parsesAPluginPath() {
    UiRegistry.PluginPath path = UiRegistry.PluginPath.parse("/hello/index.xhtml");

    assertThat(path).isEqualTo(new UiRegistry.PluginPath("hello", "index.xhtml"));
  }

  @Test
  void keepsSubfoldersInTheRelativePath() {
    assertThat(UiRegistry.PluginPath.parse("/crm-lite/deals/list.xhtml"))
        .isEqualTo(new UiRegistry.PluginPath("crm-lite", "deals/list.xhtml"));
    assertThat(UiRegistry.PluginPath.parse("/hello/css/site.css").relative()).isEqualTo("css/site.css");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {
      "/hello/../x",
      "/../etc",
      "/../etc/passwd",
      "/hello/..",
      "/hello/a/../../kernel/x",
      "/hello/..%2f",
      "/hello\\..\\x",
      "/hello/sub\\x",
      "hello/index.xhtml",
      "/hello",
      "/hello/",
      "//index.xhtml",
      "/Hello/index.xhtml",
      "/admin/index.xhtml",
      "/web-inf/web.xml",
      "/x/index.xhtml",
  })
  void refusesPathsOutsideAPluginFolder(String path) {
    assertThat(UiRegistry.PluginPath.parse(path)).isNull();
  }
}
