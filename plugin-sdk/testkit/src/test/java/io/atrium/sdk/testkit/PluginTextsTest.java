package io.atrium.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test bundles of this module hold one problem of each kind. */
class PluginTextsTest {

  private final PluginTexts texts = PluginTexts.of("zh_CN");

  @Test
  void aKeyMissingOrExtraInALanguageIsNamed() {
    assertThatThrownBy(texts::checkSameKeys).isInstanceOf(AssertionError.class)
        .hasMessageContaining("messages_zh_CN.properties: missing [demo.only.base], not in the base bundle [other.key]");
  }

  @Test
  void aLoneQuoteAWrongPrefixAndALeftoverPlaceholderAreNamed() {
    assertThatThrownBy(() -> texts.checkFormats("demo.", 1)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("messages.properties demo.quote: formats as Its {0}")
        .hasMessageContaining("other.key: does not start with demo.")
        .satisfies(e -> Assertions.assertThat(e.getMessage()).doesNotContain("demo.hello"));
  }

  @Test
  void keysTheCodeNamesMustExist(@TempDir Path sources) throws Exception {
    Files.writeString(sources.resolve("Demo.java"), "class Demo { String a = \"demo.hello\"; String b = \"demo.gone\"; }");

    Set<String> used = PluginTexts.keysNamedIn(sources, "demo.");

    Assertions.assertThat(used).containsExactly("demo.gone", "demo.hello");
    assertThatThrownBy(() -> texts.checkHas(used)).hasMessageContaining("lacks [demo.gone]");
    texts.checkHas(List.of("demo.hello"));
  }
}
