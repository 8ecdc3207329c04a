package io.atrium.workflows.definition;

import io.atrium.sdk.workflow.RuleConfig;
import java.util.Map;

/** The submitter's managers, nearest first: {@code levels} of them, or 0 for the whole chain to the top. */
public record ManagerChain(int levels) implements ApproverRule {

  public static final String TYPE = "managerChain";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public RuleConfig config() {
    return new RuleConfig(TYPE, Map.of("levels", (long) levels));
  }
}
