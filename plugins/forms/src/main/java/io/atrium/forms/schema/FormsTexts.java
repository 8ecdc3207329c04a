package io.atrium.forms.schema;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The plugin's texts from {@code META-INF/atrium/i18n/messages[_zh_CN].properties}: English is the
 * base file, so any language without its own file reads English.
 */
public final class FormsTexts {

  private static final String BUNDLE = "META-INF.atrium.i18n.messages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private FormsTexts() {
  }

  /**
   * The text of a key in a language with its arguments (a {@link MessageFormat} pattern: write
   * {@code ''} for an apostrophe); a missing key reads as the key.
   */
  public static String text(Locale locale, String key, Object... args) {
    try {
      String pattern = ResourceBundle.getBundle(BUNDLE, locale, FormsTexts.class.getClassLoader(), NO_FALLBACK)
          .getString(key);
      // always formatted, so that quotes in the bundle mean the same with and without arguments
      return new MessageFormat(pattern, locale).format(args);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** Whether the bundle has the key. */
  public static boolean has(String key) {
    try {
      ResourceBundle.getBundle(BUNDLE, Locale.ROOT, FormsTexts.class.getClassLoader(), NO_FALLBACK).getString(key);
      return true;
    } catch (MissingResourceException e) {
      return false;
    }
  }
}
