package io.atrium.sdk.record;

import java.util.List;
import java.util.stream.Collectors;

/** Values were refused; nothing was written. Each problem names its field. */
public class RecordValidationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<FieldProblem> problems;

  /** Creates the exception; {@code problems} must not be empty. */
  public RecordValidationException(List<FieldProblem> problems) {
    super(problems.stream().map(p -> p.label() + ": " + p.message()).collect(Collectors.joining("; ")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("A validation failure names at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** The problems, one or more per refused field. */
  public List<FieldProblem> problems() {
    return problems;
  }
}
