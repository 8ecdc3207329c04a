package io.atrium.workflows.definition;

import java.util.List;
import java.util.Objects;

/**
 * One published version of a process: running instances keep the version they started on.
 *
 * @param key the process's stable key, e.g. {@code expense}
 * @param version 1 for the first published version, then 2, 3, ...
 * @param name the name shown to users
 * @param admins user ids that receive approver nodes which resolve to nobody (edge rule
 *     {@link WhenNobody#ROUTE_TO_ADMIN})
 * @param nodes the top-level flow: a start node first, an end node last
 */
public record ProcessDefinition(String key, int version, String name, List<Long> admins, List<Node> nodes) {

  /** Checks the parts and freezes the lists. */
  public ProcessDefinition {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    admins = List.copyOf(admins);
    nodes = List.copyOf(nodes);
  }

  /** The same process as another version. */
  public ProcessDefinition withVersion(int newVersion) {
    return new ProcessDefinition(key, newVersion, name, admins, nodes);
  }
}
