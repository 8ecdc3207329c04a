package io.atrium.workflows.rules;

import io.atrium.workflows.WorkflowsMessage;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong with a rule.
 *
 * @param path JSON path of the offending part, e.g. {@code $.actions[1].values.status}
 * @param message what is wrong, in the plugin's bundle
 */
public record RuleProblem(String path, WorkflowsMessage message) {

  /** Checks the parts. */
  public RuleProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** A problem from a key of the bundle and its arguments. */
  public static RuleProblem of(String path, String key, Object... args) {
    return new RuleProblem(path, WorkflowsMessage.of(key, args));
  }

  /** The bundle key. */
  public String key() {
    return message.key();
  }

  /** The message in a language. */
  public String text(Locale locale) {
    return message.text(locale);
  }

  @Override
  public String toString() {
    return path + ": " + message.english();
  }
}
