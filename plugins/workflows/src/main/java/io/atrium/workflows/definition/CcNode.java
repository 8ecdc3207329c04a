package io.atrium.workflows.definition;

import java.util.Objects;

/** Tells people (抄送) and passes at once; nobody resolved simply tells nobody. */
public record CcNode(String id, String name, ApproverRule rule) implements Node {

  /** Checks the parts. */
  public CcNode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(rule, "rule");
  }

  @Override
  public String type() {
    return "cc";
  }
}
