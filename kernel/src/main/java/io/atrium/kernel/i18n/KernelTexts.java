package io.atrium.kernel.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The kernel's own texts (errors, notification and audit wording) in Chinese and English. */
public final class KernelTexts {

  private static final String BUNDLE = "io.atrium.kernel.i18n.messages";

  private KernelTexts() {
  }

  /** The text of a key with its arguments; a missing key reads as the key itself. */
  public static String format(Locale locale, String key, Object... args) {
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(BUNDLE, supported(locale), KernelTexts.class.getClassLoader(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(args);
  }

  /** The unformatted pattern of a key, if the bundle has it. */
  public static java.util.Optional<String> pattern(Locale locale, String key) {
    try {
      return java.util.Optional.of(ResourceBundle.getBundle(BUNDLE, supported(locale), KernelTexts.class.getClassLoader(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key));
    } catch (MissingResourceException e) {
      return java.util.Optional.empty();
    }
  }

  /** Chinese for Chinese, English (the base bundle) for everything else. */
  public static Locale supported(Locale locale) {
    return locale != null && "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
  }
}
