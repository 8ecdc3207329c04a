package io.atrium.forms.web;

import java.text.MessageFormat;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The plugin's texts for what controllers build in Java (messages, the designer's script texts);
 * the same {@code META-INF/atrium/i18n} files the views read with {@code #{texts[...]}}.
 */
final class PageTexts {

  private static final String BUNDLE = "META-INF.atrium.i18n.messages";

  private PageTexts() {
  }

  /** The text of a key in a language with its arguments; a missing key reads as the key. */
  static String text(Locale locale, String key, Object... args) {
    try {
      String pattern = bundle(locale).getString(key);
      return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** Every text whose key starts with the prefix, keyed by the rest of the key. */
  static Map<String, String> withPrefix(Locale locale, String prefix) {
    Map<String, String> texts = new TreeMap<>();
    ResourceBundle bundle = bundle(locale);
    for (Enumeration<String> keys = bundle.getKeys(); keys.hasMoreElements();) {
      String key = keys.nextElement();
      if (key.startsWith(prefix)) {
        texts.put(key.substring(prefix.length()), bundle.getString(key));
      }
    }
    return texts;
  }

  private static ResourceBundle bundle(Locale locale) {
    // no fallback to the server's default language: English is the base file
    return ResourceBundle.getBundle(BUNDLE, locale, PageTexts.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
