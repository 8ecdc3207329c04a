package io.atrium.workflows.definition.json;

import io.atrium.sdk.rest.BadRequestProblem;
import io.atrium.workflows.definition.DefinitionProblem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A process definition was refused; it lists every problem found, each with its JSON path. As a
 * {@link BadRequestProblem} it answers REST calls with 400 and the path of the first problem.
 */
public class InvalidDefinitionException extends BadRequestProblem {

  private static final long serialVersionUID = 1L;

  private final transient List<DefinitionProblem> problems;

  /** Creates the exception; {@code problems} must not be empty. */
  public InvalidDefinitionException(List<DefinitionProblem> problems) {
    super(problems.isEmpty() ? JsonPaths.ROOT : problems.get(0).path(), describe(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("A refused definition names at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  private static String describe(List<DefinitionProblem> problems) {
    return (problems.size() == 1 ? "The process definition has a problem: " : "The process definition has "
        + problems.size() + " problems: ") + problems.stream().map(DefinitionProblem::toString)
        .collect(Collectors.joining("; "));
  }

  /** The problems, in document order. */
  public List<DefinitionProblem> problems() {
    return problems;
  }
}
