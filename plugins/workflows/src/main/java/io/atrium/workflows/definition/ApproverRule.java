package io.atrium.workflows.definition;

import io.atrium.sdk.workflow.RuleConfig;

/**
 * Who works on a node; the {@link io.atrium.sdk.workflow.ApproverStrategy} of the same
 * {@link #type()} turns it into people. The built-in types are records of this package; a type a
 * plugin contributes is kept as a {@link ContributedRule}.
 */
public interface ApproverRule {

  /** The rule's type in JSON and the key of its strategy, e.g. {@code departmentHead}. */
  String type();

  /** The rule as strategies see it: its type and its JSON properties. */
  RuleConfig config();
}
