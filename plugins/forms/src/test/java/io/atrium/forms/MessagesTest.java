package io.atrium.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.forms.schema.FieldProperty;
import io.atrium.forms.schema.FieldType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The plugin's bundles: both languages have every key, every key the code uses exists, every text formats. */
class MessagesTest {

  private static final Pattern KEY_LITERAL = Pattern.compile("\"(forms\\.[A-Za-z.]+[A-Za-z])\"");

  private static Properties bundle(String name) {
    Properties properties = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream("/META-INF/atrium/i18n/" + name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  @Test
  void bothLanguagesHaveTheSameKeys() {
    assertThat(bundle("messages_zh_CN.properties").stringPropertyNames())
        .isEqualTo(bundle("messages.properties").stringPropertyNames());
  }

  @Test
  void everyTextIsAValidMessageFormatAndKeysArePrefixed() {
    for (String name : new String[] {"messages.properties", "messages_zh_CN.properties"}) {
      Properties texts = bundle(name);
      for (String key : texts.stringPropertyNames()) {
        assertThat(key).startsWith("forms.");
        String formatted = new MessageFormat(texts.getProperty(key)).format(new Object[] {"a", "b", "c", "d"});
        assertThat(formatted).as(name + " " + key).doesNotContain("''");
      }
    }
  }

  @Test
  void everyKeyTheCodeNamesExists() throws IOException {
    Set<String> keys = bundle("messages.properties").stringPropertyNames();
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = KEY_LITERAL.matcher(Files.readString(file));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    Arrays.stream(FieldType.values()).forEach(t -> used.add("forms.type." + t.jsonName()));
    Arrays.stream(FieldProperty.values()).forEach(p -> used.add("forms.property." + p.jsonName()));
    for (String what : new String[] {"formula", "rule", "check", "sum"}) {
      used.add("forms.schema.unknownField." + what);
      used.add("forms.schema.unknownFieldSuggest." + what);
    }
    assertThat(used).hasSizeGreaterThan(150);
    assertThat(keys).containsAll(used);
  }
}
