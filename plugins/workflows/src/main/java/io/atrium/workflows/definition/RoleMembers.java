package io.atrium.workflows.definition;

import java.util.List;

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
}
