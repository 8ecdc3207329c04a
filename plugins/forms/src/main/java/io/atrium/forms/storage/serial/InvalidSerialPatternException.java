package io.atrium.forms.storage.serial;

import io.atrium.forms.storage.internal.StorageTexts;
import java.util.List;
import java.util.Locale;

/** A serial pattern cannot be used: says what is wrong and what would be right. */
public class InvalidSerialPatternException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String key;
  private final transient List<Object> arguments;

  /** Creates the exception from a message key of the plugin's bundle and its arguments. */
  InvalidSerialPatternException(String key, Object... arguments) {
    super(StorageTexts.text(Locale.ENGLISH, key, arguments));
    this.key = key;
    this.arguments = List.of(arguments);
  }

  /** The message key, e.g. {@code forms.storage.serial.no-seq}. */
  public String key() {
    return key;
  }

  /** The message in a language. */
  public String message(Locale locale) {
    return StorageTexts.text(locale, key, arguments.toArray());
  }
}
