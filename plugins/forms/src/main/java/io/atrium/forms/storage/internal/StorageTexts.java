package io.atrium.forms.storage.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The storage's texts (plans, refusals, conflicts) from the plugin's {@code META-INF/atrium/i18n}
 * bundles. They are {@link MessageFormat} patterns even without arguments: quote braces as
 * {@code '{'} and write apostrophes twice.
 */
public final class StorageTexts {

  private static final String BUNDLE = "META-INF.atrium.i18n.messages";

  private StorageTexts() {
  }

  /** The text of a key in a language, with its arguments; a missing key reads as the key. */
  public static String text(Locale locale, String key, Object... args) {
    try {
      // English is the base file: no fallback to the JVM's default language
      String pattern = ResourceBundle.getBundle(BUNDLE, locale, StorageTexts.class.getClassLoader(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
      // always through MessageFormat: the storage's texts quote braces and apostrophes its way
      return new MessageFormat(pattern, locale).format(args);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
