package io.atrium.sdk.workflow;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with a rule.
 *
 * @param path the JSON path inside the rule: a property such as {@code users} or
 *     {@code users[2]}; empty for the rule as a whole. The designer puts the rule's own path in front
 * @param messageKey what is wrong, a key of the contributing plugin's bundle
 * @param arguments the message's {@code {0}}, {@code {1}}, ... as text
 */
public record RuleProblem(String path, String messageKey, List<String> arguments) {

  /** Checks the parts and freezes the arguments. */
  public RuleProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(messageKey, "messageKey");
    arguments = List.copyOf(arguments);
  }

  /** A problem; null arguments read as empty text. */
  public static RuleProblem of(String path, String messageKey, Object... arguments) {
    return new RuleProblem(path, messageKey, Arrays.stream(arguments).map(a -> a == null ? "" : a.toString()).toList());
  }
}
