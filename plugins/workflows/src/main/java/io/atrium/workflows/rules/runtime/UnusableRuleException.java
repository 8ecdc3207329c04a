package io.atrium.workflows.rules.runtime;

import io.atrium.workflows.rules.RuleProblem;
import java.util.List;
import java.util.stream.Collectors;

/** A rule whose JSON is well formed failed the checks before saving (REST answers 422 with every problem). */
public class UnusableRuleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<RuleProblem> problems;

  /** Creates the exception; {@code problems} must not be empty. */
  public UnusableRuleException(List<RuleProblem> problems) {
    super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  /** The problems, in document order. */
  public List<RuleProblem> problems() {
    return problems;
  }
}
