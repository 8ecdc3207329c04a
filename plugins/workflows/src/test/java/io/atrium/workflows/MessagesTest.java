package io.atrium.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.sdk.testkit.PluginTexts;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The plugin's bundles: both languages have every key, every key the code names exists, every text formats. */
class MessagesTest {

  private final PluginTexts texts = PluginTexts.of("zh_CN");

  @Test
  void bothLanguagesHaveTheSameKeys() {
    texts.checkSameKeys();
  }

  @Test
  void everyTextIsAValidMessageFormat() {
    texts.checkFormats("workflows.", 3);
  }

  @Test
  void everyKeyTheCodeNamesExists() {
    Set<String> used = PluginTexts.keysNamedIn(Path.of("src/main/java"), "workflows.");
    assertThat(used).isNotEmpty();
    texts.checkHas(used);
  }
}
