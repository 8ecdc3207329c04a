package io.atrium.kernel.portal;

import io.atrium.kernel.host.Contribution;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the portal's aggregators need from the kernel: the contributions of one SPI, which plugins
 * are running, and the plugins' texts. A seam, so that tests can hand in fakes.
 *
 * @param contributions the current contributions of the SPI (a whiteboard's {@code all})
 * @param active whether a plugin is {@code ACTIVE}
 * @param texts a plugin text by key and locale
 */
public record PortalParts<T>(Supplier<List<Contribution<T>>> contributions, Predicate<String> active,
    PluginText texts) {

  /** Reads a plugin's text such as {@code hello.search.label}. */
  @FunctionalInterface
  public interface PluginText {
    /** The text, or empty when the plugin has none. */
    Optional<String> text(String key, Locale locale);
  }

  /** The contributions of plugins that are running now. */
  public List<Contribution<T>> running() {
    return contributions.get().stream().filter(c -> active.test(c.pluginId())).toList();
  }

  /** The plugin's text for a key, else the key itself (so a missing text shows, not an empty label). */
  public String label(String key, Locale locale) {
    if (key == null || key.isBlank()) {
      return "";
    }
    try {
      return texts.text(key, locale).orElse(key);
    } catch (RuntimeException e) {
      return key;
    }
  }
}
