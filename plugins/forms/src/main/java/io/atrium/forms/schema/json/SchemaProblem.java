package io.atrium.forms.schema.json;

import io.atrium.forms.schema.FormsMessage;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong with a form schema.
 *
 * @param path JSON path of the offending part, e.g. {@code $.sections[0].fields[3].type}
 * @param message what is wrong and what is expected, in English
 * @param key the message's key in the plugin's bundle, for other languages
 * @param args the message's arguments
 */
public record SchemaProblem(String path, String message, String key, List<String> args) {

  /** Checks the parts and freezes the arguments. */
  public SchemaProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(key, "key");
    args = List.copyOf(args);
  }

  /** A problem from a message of the bundle. */
  public static SchemaProblem of(String path, FormsMessage message) {
    return new SchemaProblem(path, message.english(), message.key(), message.args());
  }

  /** A problem from a key of the bundle and its arguments. */
  public static SchemaProblem of(String path, String key, Object... args) {
    return of(path, FormsMessage.of(key, args));
  }

  /** The message in a language. */
  public String message(Locale locale) {
    return new FormsMessage(key, args).text(locale);
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
