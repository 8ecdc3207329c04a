package io.atrium.workflows.definition;

/**
 * Who works on a node; an {@link io.atrium.workflows.approver.ApproverStrategy} of the same
 * {@link #type()} turns it into people. Not sealed: plugins will add rules through the SDK.
 */
public interface ApproverRule {

  /** The rule's type in JSON and the key of its strategy, e.g. {@code departmentHead}. */
  String type();
}
