package io.atrium.workflows.definition;

import java.util.List;
import java.util.Objects;

/**
 * People do the work and fill in fields; they complete (approve) or return, never reject.
 *
 * @param writableFields the record fields the handler may fill in
 * @param fields what the handlers may do with the other fields (hide them, say); see {@link FieldRights#at}
 */
public record HandlerNode(String id, String name, ApproverRule rule, ApprovalMode mode, EdgeRules edges,
    List<String> writableFields, FieldRights fields) implements Node {

  /** Checks the parts and freezes the list. */
  public HandlerNode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(edges, "edges");
    writableFields = List.copyOf(writableFields);
    Objects.requireNonNull(fields, "fields");
  }

  /** A handler node whose other fields are read-only. */
  public HandlerNode(String id, String name, ApproverRule rule, ApprovalMode mode, EdgeRules edges,
      List<String> writableFields) {
    this(id, name, rule, mode, edges, writableFields, FieldRights.NONE);
  }

  @Override
  public String type() {
    return "handler";
  }
}
