package io.atrium.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Chinese and English are both complete: every key of a bundle exists in the other language with
 * a non-empty text, and every key a page of the portal uses exists.
 */
class BundlesTest {

  private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([^']+)'\\]");

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      try (Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    }
    return properties;
  }

  @ParameterizedTest
  @ValueSource(strings = {"io/atrium/web/i18n/messages", "io/atrium/kernel/i18n/messages"})
  void bothLanguagesHaveTheSameKeysAndNoEmptyTexts(String bundle) throws IOException {
    Properties english = load(bundle + ".properties");
    Properties chinese = load(bundle + "_zh_CN.properties");

    assertThat(new TreeSet<>(chinese.stringPropertyNames())).as("keys of " + bundle + " in both languages")
        .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    for (String key : english.stringPropertyNames()) {
      assertThat(english.getProperty(key)).as("English " + key).isNotBlank();
      assertThat(chinese.getProperty(key)).as("Chinese " + key).isNotBlank();
    }
  }

  @Test
  void everyKeyAPageUsesExists() throws IOException {
    Properties english = load("io/atrium/web/i18n/messages.properties");
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> pages = Files.walk(Paths.get("src/main/webapp"))) {
      for (Path page : (Iterable<Path>) pages.filter(p -> p.toString().endsWith(".xhtml"))::iterator) {
        Matcher keys = PAGE_KEY.matcher(Files.readString(page));
        while (keys.find()) {
          if (!english.containsKey(keys.group(1))) {
            missing.add(keys.group(1) + " (" + page.getFileName() + ")");
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }
}
