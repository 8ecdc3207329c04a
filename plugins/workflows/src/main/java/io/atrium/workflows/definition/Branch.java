package io.atrium.workflows.definition;

import java.util.List;
import java.util.Objects;

/**
 * A branch of a condition or parallel node: its own flow of nodes.
 *
 * @param condition the EL condition over record fields and {@code submitter}; null for the default
 *     branch of a condition node and for parallel branches
 * @param isDefault whether this is the condition node's default branch
 */
public record Branch(String id, String name, String condition, boolean isDefault, List<Node> nodes) {

  /** Checks the parts and freezes the list. */
  public Branch {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    nodes = List.copyOf(nodes);
  }
}
