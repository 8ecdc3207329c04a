package io.atrium.forms.schema.json;

import io.atrium.forms.schema.FormSchema;
import java.util.List;
import java.util.Optional;

/**
 * What reading a schema found: the schema when the JSON could be read into one (it may still have
 * problems of meaning, such as a select without options — a draft may be saved like that) and
 * every problem.
 *
 * @param schema the schema, or null when the JSON's structure is wrong (wrong types, unknown
 *     properties or field types, missing names or labels)
 * @param problems every problem, in document order; empty when the schema can be published
 */
public record SchemaReadResult(FormSchema schema, List<SchemaProblem> problems) {

  /** Freezes the problems. */
  public SchemaReadResult {
    problems = List.copyOf(problems);
  }

  /** The schema, when it could be read. */
  public Optional<FormSchema> readable() {
    return Optional.ofNullable(schema);
  }

  /** Whether there is no problem at all. */
  public boolean valid() {
    return schema != null && problems.isEmpty();
  }

  /**
   * The schema when it has no problem.
   *
   * @throws InvalidSchemaException with every problem otherwise
   */
  public FormSchema orThrow() {
    if (!valid()) {
      throw new InvalidSchemaException(problems);
    }
    return schema;
  }
}
