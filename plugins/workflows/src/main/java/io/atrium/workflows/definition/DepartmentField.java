package io.atrium.workflows.definition;

import io.atrium.sdk.workflow.RuleConfig;
import java.util.Map;
import java.util.Objects;

/** The head of the department in a department field of the record, or of its ancestor {@code levelsUp} levels up. */
public record DepartmentField(String field, int levelsUp) implements ApproverRule {

  public static final String TYPE = "departmentField";

  /** Checks the field. */
  public DepartmentField {
    Objects.requireNonNull(field, "field");
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public RuleConfig config() {
    return new RuleConfig(TYPE, Map.of("field", field, "levelsUp", (long) levelsUp));
  }
}
