package io.atrium.workflows.definition;

import java.util.List;
import java.util.Objects;

/** Runs every branch at once and goes on when all have finished (join). */
public record ParallelNode(String id, String name, List<Branch> branches) implements Node {

  /** Checks the parts and freezes the list. */
  public ParallelNode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    branches = List.copyOf(branches);
  }

  @Override
  public String type() {
    return "parallel";
  }
}
