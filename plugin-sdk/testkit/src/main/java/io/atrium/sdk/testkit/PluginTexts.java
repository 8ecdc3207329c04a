package io.atrium.sdk.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks of a plugin's text bundles in {@value #FOLDER} ({@code messages.properties} and one file
 * per language): every language has the same keys, every text is a valid {@link MessageFormat},
 * every key the code names exists. Each check fails with an {@link AssertionError} that lists
 * what is wrong.
 */
public final class PluginTexts {

  /** Where the kernel looks for a plugin's texts. */
  public static final String FOLDER = "META-INF/atrium/i18n/";

  private final Map<String, Properties> bundles = new LinkedHashMap<>();

  private PluginTexts() {
  }

  /** The base bundle and those of the languages given ({@code zh_CN}), from the test class path. */
  public static PluginTexts of(String... languages) {
    PluginTexts texts = new PluginTexts();
    texts.bundles.put("messages.properties", load("messages.properties"));
    for (String language : languages) {
      String name = "messages_" + language + ".properties";
      texts.bundles.put(name, load(name));
    }
    return texts;
  }

  private static Properties load(String name) {
    Properties properties = new Properties();
    try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new AssertionError("There is no " + FOLDER + name + " on the class path");
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  /** The keys of the base bundle. */
  public Set<String> keys() {
    return bundles.get("messages.properties").stringPropertyNames();
  }

  /** Every language has exactly the keys of the base bundle. */
  public void checkSameKeys() {
    Set<String> base = keys();
    StringBuilder problems = new StringBuilder();
    bundles.forEach((name, texts) -> {
      Set<String> missing = new TreeSet<>(base);
      missing.removeAll(texts.stringPropertyNames());
      Set<String> extra = new TreeSet<>(texts.stringPropertyNames());
      extra.removeAll(base);
      if (!missing.isEmpty() || !extra.isEmpty()) {
        problems.append(name).append(": missing ").append(missing).append(", not in the base bundle ")
            .append(extra).append('\n');
      }
    });
    fail(problems);
  }

  /**
   * Every key starts with {@code prefix}, and every text formats with {@code arguments} values
   * without leaving a placeholder or a doubled quote behind (a lone {@code '} quotes in MessageFormat).
   */
  public void checkFormats(String prefix, int arguments) {
    Object[] values = new Object[arguments];
    for (int i = 0; i < arguments; i++) {
      values[i] = "v" + i;
    }
    StringBuilder problems = new StringBuilder();
    bundles.forEach((name, texts) -> {
      for (String key : new TreeSet<>(texts.stringPropertyNames())) {
        if (!key.startsWith(prefix)) {
          problems.append(name).append(' ').append(key).append(": does not start with ").append(prefix).append('\n');
          continue;
        }
        try {
          String formatted = new MessageFormat(texts.getProperty(key)).format(values);
          if (formatted.contains("''") || formatted.matches("(?s).*\\{[0-9]+}.*")) {
            problems.append(name).append(' ').append(key).append(": formats as ").append(formatted).append('\n');
          }
        } catch (IllegalArgumentException e) {
          problems.append(name).append(' ').append(key).append(": ").append(e.getMessage()).append('\n');
        }
      }
    });
    fail(problems);
  }

  /** The keys named as string literals {@code "<prefix>..."} in the Java files under {@code sources}. */
  public static Set<String> keysNamedIn(Path sources, String prefix) {
    Pattern literal = Pattern.compile("\"(" + Pattern.quote(prefix) + "[A-Za-z.]+[A-Za-z])\"");
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher matcher = literal.matcher(Files.readString(file));
        while (matcher.find()) {
          used.add(matcher.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return used;
  }

  /** The base bundle has every one of {@code used}. */
  public void checkHas(Collection<String> used) {
    Set<String> missing = new TreeSet<>(used);
    missing.removeAll(keys());
    fail(new StringBuilder(missing.isEmpty() ? "" : "messages.properties lacks " + missing));
  }

  private static void fail(StringBuilder problems) {
    if (!problems.isEmpty()) {
      throw new AssertionError(problems.toString().strip());
    }
  }
}
