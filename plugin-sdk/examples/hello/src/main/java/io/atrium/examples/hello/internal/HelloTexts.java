package io.atrium.examples.hello.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The plugin's own texts, for the plain text it hands to the portal (a card's caption, a task's
 * status, why a bulk action failed). Reads the same {@code META-INF/atrium/i18n} files as the pages.
 */
final class HelloTexts {

  private static final String BUNDLE = "META-INF.atrium.i18n.messages";

  private HelloTexts() {
  }

  /** The text of a key in a language, with its arguments; a missing key reads as the key. */
  static String text(Locale locale, String key, Object... args) {
    try {
      // no fallback to the server's default language: English is the base file
      String pattern = ResourceBundle.getBundle(BUNDLE, locale, HelloTexts.class.getClassLoader(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
      return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
