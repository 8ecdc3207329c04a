package io.atrium.workflows.definition;

import java.util.Objects;

/** Does one thing without people (sets a field, calls a plugin's action) and passes at once. */
public record AutomationNode(String id, String name, Automation automation) implements Node {

  /** Checks the parts. */
  public AutomationNode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(automation, "automation");
  }

  @Override
  public String type() {
    return "automation";
  }
}
