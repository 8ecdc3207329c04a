package io.atrium.kernel.i18n;

import java.util.List;
import java.util.Locale;

/**
 * A text of the kernel's message bundle with its arguments, translated only when shown, so one
 * error can be read in Chinese in the portal and in English by a script.
 *
 * @param key message key in {@code io/atrium/kernel/i18n/messages}
 * @param args the {@code {0}}, {@code {1}} ... values
 */
public record Message(String key, List<Object> args) {

  /** A message with arguments. */
  public static Message of(String key, Object... args) {
    return new Message(key, List.of(args));
  }

  /** The text in a language. */
  public String in(Locale locale) {
    return KernelTexts.format(locale, key, args.toArray());
  }

  /** The English text, for logs and exception messages. */
  @Override
  public String toString() {
    return in(Locale.ROOT);
  }
}
