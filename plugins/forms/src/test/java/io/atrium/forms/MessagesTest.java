package io.atrium.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.forms.schema.FieldProperty;
import io.atrium.forms.schema.FieldType;
import io.atrium.sdk.testkit.PluginTexts;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The plugin's bundles: both languages have every key, every key the code uses exists, every text formats. */
class MessagesTest {

  private final PluginTexts texts = PluginTexts.of("zh_CN");

  @Test
  void bothLanguagesHaveTheSameKeys() {
    texts.checkSameKeys();
  }

  @Test
  void everyTextIsAValidMessageFormatAndKeysArePrefixed() {
    texts.checkFormats("forms.", 4);
  }

  @Test
  void everyKeyTheCodeNamesExists() {
    Set<String> used = PluginTexts.keysNamedIn(Path.of("src/main/java"), "forms.");
    Arrays.stream(FieldType.values()).forEach(t -> used.add("forms.type." + t.jsonName()));
    Arrays.stream(FieldProperty.values()).forEach(p -> used.add("forms.property." + p.jsonName()));
    for (String what : new String[] {"formula", "rule", "check", "sum"}) {
      used.add("forms.schema.unknownField." + what);
      used.add("forms.schema.unknownFieldSuggest." + what);
    }
    assertThat(used).hasSizeGreaterThan(150);
    texts.checkHas(used);
  }
}
