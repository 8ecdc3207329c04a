package io.atrium.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The plugin's bundles: both languages have every key, every key the code names exists, every text formats. */
class MessagesTest {

  private static final Pattern KEY_LITERAL = Pattern.compile("\"(workflows\\.[A-Za-z.]+[A-Za-z])\"");

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
  void everyTextIsAValidMessageFormat() {
    for (String name : new String[] {"messages.properties", "messages_zh_CN.properties"}) {
      Properties texts = bundle(name);
      for (String key : texts.stringPropertyNames()) {
        assertThat(key).startsWith("workflows.");
        String formatted = new MessageFormat(texts.getProperty(key)).format(new Object[] {"a", "b", "c"});
        assertThat(formatted).as(name + " " + key).doesNotContain("''").doesNotContain("{0}");
      }
    }
  }

  @Test
  void everyKeyTheCodeNamesExists() throws IOException {
    Set<String> keys = bundle("messages.properties").stringPropertyNames();
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher matcher = KEY_LITERAL.matcher(Files.readString(file));
        while (matcher.find()) {
          used.add(matcher.group(1));
        }
      }
    }
    assertThat(used).isNotEmpty();
    assertThat(keys).containsAll(used);
  }
}
