package io.atrium.workflows.definition;

import io.atrium.sdk.workflow.RuleConfig;
import java.util.List;
import java.util.Map;

/** Named people, in the given order (the order of a sequential node). */
public record NamedUsers(List<Long> userIds) implements ApproverRule {

  public static final String TYPE = "users";

  /** Freezes the list. */
  public NamedUsers {
    userIds = List.copyOf(userIds);
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public RuleConfig config() {
    return new RuleConfig(TYPE, Map.of("users", userIds));
  }
}
