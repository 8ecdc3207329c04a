package io.atrium.workflows.definition;

import java.util.Objects;

/**
 * People decide: approve, reject, return, transfer or add a signer.
 *
 * @param rule who approves
 * @param mode how their decisions combine
 * @param edges what happens when the rule resolves to nobody, to the submitter or to the previous approver
 * @param onReject whether a reject ends the process or hands the record back to the submitter
 * @param sla reminders and escalation of its tasks; {@link Sla#NONE} for none
 * @param rejectNeedsComment whether a reject must say why (a comment)
 * @param fields what the approvers may do with the record's fields
 * @param needsSignature whether an approval needs the approver's handwritten signature (手写签名)
 */
public record ApproverNode(String id, String name, ApproverRule rule, ApprovalMode mode, EdgeRules edges,
    RejectPolicy onReject, Sla sla, boolean rejectNeedsComment, FieldRights fields, boolean needsSignature)
    implements Node {

  /** Checks the parts. */
  public ApproverNode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(edges, "edges");
    Objects.requireNonNull(onReject, "onReject");
    Objects.requireNonNull(sla, "sla");
    Objects.requireNonNull(fields, "fields");
  }

  /** A node whose approvals need no signature. */
  public ApproverNode(String id, String name, ApproverRule rule, ApprovalMode mode, EdgeRules edges,
      RejectPolicy onReject, Sla sla, boolean rejectNeedsComment, FieldRights fields) {
    this(id, name, rule, mode, edges, onReject, sla, rejectNeedsComment, fields, false);
  }

  /** A node that shows every field read-only. */
  public ApproverNode(String id, String name, ApproverRule rule, ApprovalMode mode, EdgeRules edges,
      RejectPolicy onReject, Sla sla, boolean rejectNeedsComment) {
    this(id, name, rule, mode, edges, onReject, sla, rejectNeedsComment, FieldRights.NONE);
  }

  /** A node whose rejects need no comment. */
  public ApproverNode(String id, String name, ApproverRule rule, ApprovalMode mode, EdgeRules edges,
      RejectPolicy onReject, Sla sla) {
    this(id, name, rule, mode, edges, onReject, sla, false);
  }

  /** A node without SLA. */
  public ApproverNode(String id, String name, ApproverRule rule, ApprovalMode mode, EdgeRules edges,
      RejectPolicy onReject) {
    this(id, name, rule, mode, edges, onReject, Sla.NONE);
  }

  @Override
  public String type() {
    return "approver";
  }
}
