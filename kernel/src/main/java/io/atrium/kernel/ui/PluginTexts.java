package io.atrium.kernel.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Translated texts of plugins, from {@code META-INF/atrium/i18n/messages[_lang[_COUNTRY]].properties}
 * in each bundle (UTF-8), falling back from {@code zh_CN} to {@code zh} to the default file.
 */
public final class PluginTexts {

  private static final Logger LOG = Logger.getLogger(PluginTexts.class.getName());
  static final String BASE = "META-INF/atrium/i18n/messages";

  private final Function<String, Optional<Function<String, URL>>> entries;
  private final Map<String, Properties> cache = new ConcurrentHashMap<>();

  /**
   * Creates the texts.
   *
   * @param entries for a plugin id, a lookup of entries in its bundle, empty when it is not active
   */
  public PluginTexts(Function<String, Optional<Function<String, URL>>> entries) {
    this.entries = entries;
  }

  /** The text of {@code <pluginId>.<rest>} in the locale, or empty. */
  public Optional<String> text(String key, Locale locale) {
    int dot = key.indexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    return text(key.substring(0, dot), key, locale);
  }

  /** The text of any key in one plugin's bundle, in the locale, or empty. */
  public Optional<String> text(String pluginId, String key, Locale locale) {
    for (String suffix : suffixes(locale)) {
      Properties properties = cache.computeIfAbsent(pluginId + suffix, k -> load(pluginId, suffix));
      String value = properties.getProperty(key);
      if (value != null) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /** Forgets the texts of a plugin, after it stopped or was updated. */
  public void forget(String pluginId) {
    cache.keySet().removeIf(key -> key.startsWith(pluginId + "_") || key.equals(pluginId));
  }

  private static List<String> suffixes(Locale locale) {
    List<String> suffixes = new ArrayList<>();
    if (!locale.getCountry().isEmpty()) {
      suffixes.add("_" + locale.getLanguage() + "_" + locale.getCountry());
    }
    if (!locale.getLanguage().isEmpty()) {
      suffixes.add("_" + locale.getLanguage());
    }
    suffixes.add("");
    return suffixes;
  }

  private Properties load(String pluginId, String suffix) {
    Properties properties = new Properties();
    Optional<Function<String, URL>> bundle = entries.apply(pluginId);
    if (bundle.isEmpty()) {
      return properties;
    }
    URL url = bundle.get().apply(BASE + suffix + ".properties");
    if (url == null) {
      return properties;
    }
    try (InputStream in = url.openStream()) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot read texts " + url, e);
    }
    return properties;
  }
}
