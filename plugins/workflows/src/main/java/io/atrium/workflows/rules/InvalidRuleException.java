package io.atrium.workflows.rules;

import io.atrium.sdk.rest.BadRequestProblem;
import java.util.List;
import java.util.stream.Collectors;

/** A rule was refused; it lists every problem found, each with its JSON path (400 on REST). */
public class InvalidRuleException extends BadRequestProblem {

  private static final long serialVersionUID = 1L;

  private final transient List<RuleProblem> problems;

  /** Creates the exception; {@code problems} must not be empty. */
  public InvalidRuleException(List<RuleProblem> problems) {
    super(problems.isEmpty() ? "$" : problems.get(0).path(), describe(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("A refused rule names at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  private static String describe(List<RuleProblem> problems) {
    return (problems.size() == 1 ? "The rule has a problem: " : "The rule has " + problems.size() + " problems: ")
        + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("; "));
  }

  /** The problems, in document order. */
  public List<RuleProblem> problems() {
    return problems;
  }
}
