package io.atrium.kernel.validation;

import io.atrium.kernel.i18n.Message;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of an input, then throws them all at once. */
public final class Problems {

  private final List<FieldProblem> problems = new ArrayList<>();

  /** Adds a problem of a field. */
  public Problems add(String field, String key, Object... args) {
    problems.add(new FieldProblem(field, Message.of(key, args)));
    return this;
  }

  /** Adds a problem when {@code broken} holds. */
  public Problems check(boolean broken, String field, String key, Object... args) {
    if (broken) {
      add(field, key, args);
    }
    return this;
  }

  /** Whether any problem was found. */
  public boolean any() {
    return !problems.isEmpty();
  }

  /** The problems so far. */
  public List<FieldProblem> list() {
    return List.copyOf(problems);
  }

  /**
   * Throws the problems, if any.
   *
   * @throws InvalidInputException when there are problems
   */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
