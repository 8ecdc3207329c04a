package io.atrium.workflows.definition;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Routes to the first branch whose condition holds, else to the default branch; then the flow goes on. */
public record ConditionNode(String id, String name, List<Branch> branches) implements Node {

  /** Checks the parts and freezes the list. */
  public ConditionNode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    branches = List.copyOf(branches);
  }

  /** The default branch, if there is one. */
  public Optional<Branch> defaultBranch() {
    return branches.stream().filter(Branch::isDefault).findFirst();
  }

  @Override
  public String type() {
    return "condition";
  }
}
