package io.atrium.workflows.definition;

import java.util.List;
import java.util.Objects;

/**
 * People do the work and fill in fields; they complete (approve) or return, never reject.
 *
 * @param writableFields the record fields the handler may fill in
 */
public record HandlerNode(String id, String name, ApproverRule rule, ApprovalMode mode, EdgeRules edges,
    List<String> writableFields) implements Node {

  /** Checks the parts and freezes the list. */
  public HandlerNode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(edges, "edges");
    writableFields = List.copyOf(writableFields);
  }

  @Override
  public String type() {
    return "handler";
  }
}
