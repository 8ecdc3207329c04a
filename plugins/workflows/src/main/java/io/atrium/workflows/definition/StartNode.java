package io.atrium.workflows.definition;

import java.util.Objects;

/** Where the submitter starts the process; a return to it hands the record back to the submitter. */
public record StartNode(String id, String name) implements Node {

  /** Checks the parts. */
  public StartNode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }

  @Override
  public String type() {
    return "start";
  }
}
