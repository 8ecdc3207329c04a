package io.atrium.workflows;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The plugin's texts from {@code META-INF/atrium/i18n/messages[_zh_CN].properties}: English is the
 * base file, so any language without its own file reads English.
 */
public final class WorkflowsTexts {

  private static final String BUNDLE = "META-INF.atrium.i18n.messages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private WorkflowsTexts() {
  }

  /** The text of a key in a language with its arguments (a {@link MessageFormat} pattern); a missing key reads as the key. */
  public static String text(Locale locale, String key, Object... args) {
    try {
      String pattern = ResourceBundle.getBundle(BUNDLE, locale, WorkflowsTexts.class.getClassLoader(), NO_FALLBACK)
          .getString(key);
      // always formatted, so that quotes in the bundle mean the same with and without arguments
      return new MessageFormat(pattern, locale).format(args);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
