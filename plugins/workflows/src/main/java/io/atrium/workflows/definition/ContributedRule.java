package io.atrium.workflows.definition;

import io.atrium.sdk.workflow.RuleConfig;
import java.util.Objects;

/** A rule of a type that is not built in: kept as it was written, resolved by the strategy a plugin contributes. */
public record ContributedRule(RuleConfig config) implements ApproverRule {

  /** Checks the config. */
  public ContributedRule {
    Objects.requireNonNull(config, "config");
  }

  @Override
  public String type() {
    return config.type();
  }
}
