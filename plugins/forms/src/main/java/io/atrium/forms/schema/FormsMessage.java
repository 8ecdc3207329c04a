package io.atrium.forms.schema;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A text of the plugin's bundle with its arguments, kept apart so that a caller can show it in any
 * language (or hand key and arguments to a browser).
 *
 * @param key the bundle key, e.g. {@code forms.schema.unknownType}
 * @param args the arguments, already formatted as text
 */
public record FormsMessage(String key, List<String> args) {

  /** Checks the key and freezes the arguments. */
  public FormsMessage {
    Objects.requireNonNull(key, "key");
    args = List.copyOf(args);
  }

  /** A message; null arguments read as empty text. */
  public static FormsMessage of(String key, Object... args) {
    return new FormsMessage(key, Arrays.stream(args).map(FormsMessage::format).toList());
  }

  /** The text in a language. */
  public String text(Locale locale) {
    return FormsTexts.text(locale, key, args.toArray());
  }

  /** The English text. */
  public String english() {
    return text(Locale.ENGLISH);
  }

  private static String format(Object arg) {
    if (arg == null) {
      return "";
    }
    if (arg instanceof java.math.BigDecimal decimal) {
      return decimal.toPlainString();
    }
    return arg.toString();
  }
}
