package io.atrium.kernel.notify.internal;

import io.atrium.kernel.i18n.KernelTexts;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Translates notification texts: keys of the platform ({@code atrium}) from the kernel bundle, keys
 * of a plugin from that plugin's own bundle, formatted with the notification's arguments.
 */
public final class NotificationTexts {

  private static final Logger LOG = Logger.getLogger(NotificationTexts.class.getName());

  /** The source name of the platform's own notifications. */
  public static final String KERNEL = "atrium";

  /** Reads one plugin's texts. */
  @FunctionalInterface
  public interface PluginLookup {
    /** The text of a key in a plugin's bundle, or empty when missing or the plugin is not active. */
    Optional<String> text(String pluginId, String key, Locale locale);
  }

  private final PluginLookup plugins;

  /** Creates the texts over the plugins' bundles. */
  public NotificationTexts(PluginLookup plugins) {
    this.plugins = plugins;
  }

  /** The unformatted text of a key of a source, if its bundle has one. */
  public Optional<String> pattern(String source, String key, Locale locale) {
    if (key == null) {
      return Optional.empty();
    }
    return KERNEL.equals(source) ? KernelTexts.pattern(locale, key) : plugins.text(source, key, locale);
  }

  /** The formatted text of a key, if the source's bundle has it. */
  public Optional<String> render(String source, String key, List<String> args, Locale locale) {
    return pattern(source, key, locale).map(pattern -> format(pattern, args, locale));
  }

  /** The formatted text of a key; a key missing from the bundle is shown as itself (and logged). */
  public String text(String source, String key, List<String> args, Locale locale) {
    return render(source, key, args, locale).orElseGet(() -> {
      LOG.warning(() -> "The notification text '" + key + "' of " + source + " is missing in " + locale
          + "; add it to the bundle. The key is shown instead.");
      return key;
    });
  }

  /** Formats like {@link MessageFormat}; a text without arguments is taken as it is. */
  static String format(String pattern, List<String> args, Locale locale) {
    if (args.isEmpty()) {
      return pattern;
    }
    try {
      return new MessageFormat(pattern, locale).format(args.toArray());
    } catch (IllegalArgumentException e) {
      LOG.warning(() -> "The notification text '" + pattern + "' is not a valid message pattern: " + e.getMessage());
      return pattern;
    }
  }
}
