package io.atrium.workflows;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A text of the plugin's bundle with its arguments, kept apart so that a caller can show it in any
 * language (or hand key and arguments to a browser).
 *
 * @param key the bundle key, e.g. {@code workflows.definition.missingDefault}
 * @param args the arguments, already formatted as text
 */
public record WorkflowsMessage(String key, List<String> args) {

  /** Checks the key and freezes the arguments. */
  public WorkflowsMessage {
    Objects.requireNonNull(key, "key");
    args = List.copyOf(args);
  }

  /** A message; null arguments read as empty text. */
  public static WorkflowsMessage of(String key, Object... args) {
    return new WorkflowsMessage(key, Arrays.stream(args).map(a -> a == null ? "" : a.toString()).toList());
  }

  /** The text in a language. */
  public String text(Locale locale) {
    return WorkflowsTexts.text(locale, key, args.toArray());
  }

  /** The English text. */
  public String english() {
    return text(Locale.ENGLISH);
  }
}
