package io.atrium.workflows.definition;

import java.util.Objects;

/** The end of the process: reaching it approves the record. */
public record EndNode(String id, String name) implements Node {

  /** Checks the parts. */
  public EndNode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }

  @Override
  public String type() {
    return "end";
  }
}
