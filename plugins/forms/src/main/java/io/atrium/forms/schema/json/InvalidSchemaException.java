package io.atrium.forms.schema.json;

import io.atrium.sdk.rest.BadRequestProblem;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A form schema was refused; it lists every problem found, each with its JSON path. As a
 * {@link BadRequestProblem} it answers REST calls with 400 and the path of the first problem.
 */
public class InvalidSchemaException extends BadRequestProblem {

  private static final long serialVersionUID = 1L;

  private final transient List<SchemaProblem> problems;

  /** Creates the exception; {@code problems} must not be empty. */
  public InvalidSchemaException(List<SchemaProblem> problems) {
    super(problems.isEmpty() ? "$" : problems.get(0).path(), describe(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("A refused schema names at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  private static String describe(List<SchemaProblem> problems) {
    return (problems.size() == 1 ? "The form schema has a problem: " : "The form schema has " + problems.size()
        + " problems: ") + problems.stream().map(SchemaProblem::toString).collect(Collectors.joining("; "));
  }

  /** The problems, in document order. */
  public List<SchemaProblem> problems() {
    return problems;
  }

  /**
   * The problems as JSON for a REST answer: {@code [{"path", "message", "key", "args"}]} with the
   * message in the given language.
   */
  public JsonArray toJson(Locale locale) {
    JsonArrayBuilder out = Json.createArrayBuilder();
    for (SchemaProblem problem : problems) {
      out.add(Json.createObjectBuilder()
          .add("path", problem.path())
          .add("message", problem.message(locale))
          .add("key", problem.key())
          .add("args", Json.createArrayBuilder(problem.args())));
    }
    return out.build();
  }
}
