package io.atrium.workflows.definition;

import io.atrium.sdk.workflow.RuleConfig;
import java.util.List;
import java.util.Map;

/** Everyone holding one of the roles. */
public record RoleMembers(List<String> roles) implements ApproverRule {

  public static final String TYPE = "roles";

  /** Freezes the list. */
  public RoleMembers {
    roles = List.copyOf(roles);
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public RuleConfig config() {
    return new RuleConfig(TYPE, Map.of("roles", roles));
  }
}
