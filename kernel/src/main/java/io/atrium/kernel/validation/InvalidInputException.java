package io.atrium.kernel.validation;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks rules; each problem names its field. Nothing was changed. REST answers 422. */
public class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<FieldProblem> problems;

  /** Creates the exception for at least one problem. */
  public InvalidInputException(List<FieldProblem> problems) {
    super(problems.stream().map(p -> (p.field().isEmpty() ? "" : p.field() + ": ") + p.message())
        .collect(Collectors.joining("; ")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("An invalid input has at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** The problems. */
  public List<FieldProblem> problems() {
    return problems;
  }
}
