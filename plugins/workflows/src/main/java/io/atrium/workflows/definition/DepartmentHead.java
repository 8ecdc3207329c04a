package io.atrium.workflows.definition;

import io.atrium.sdk.workflow.RuleConfig;
import java.util.Map;

/** The head of the submitter's main department, {@code levelsUp} 0, or of its ancestor that many levels up. */
public record DepartmentHead(int levelsUp) implements ApproverRule {

  public static final String TYPE = "departmentHead";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public RuleConfig config() {
    return new RuleConfig(TYPE, Map.of("levelsUp", (long) levelsUp));
  }
}
