package io.atrium.workflows.definition;

import io.atrium.workflows.WorkflowsMessage;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong with a process definition.
 *
 * @param path JSON path of the offending part, e.g. {@code $.nodes[2].branches[1].when}
 * @param message what is wrong, in the plugin's bundle
 */
public record DefinitionProblem(String path, WorkflowsMessage message) {

  /** Checks the parts. */
  public DefinitionProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** A problem from a key of the bundle and its arguments. */
  public static DefinitionProblem of(String path, String key, Object... args) {
    return new DefinitionProblem(path, WorkflowsMessage.of(key, args));
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
