package io.atrium.workflows.definition;

import java.util.Objects;

/**
 * What an approver node does in the edge cases.
 *
 * @param whenNobody the rule resolves to nobody
 * @param whenSubmitter the submitter is among the approvers
 * @param approveOnceInARow an approver who approved the node just before is not asked again
 */
public record EdgeRules(WhenNobody whenNobody, WhenSubmitter whenSubmitter, boolean approveOnceInARow) {

  /** Route to the admin, the submitter approves like anyone, consecutive approvals asked again. */
  public static final EdgeRules DEFAULT = new EdgeRules(WhenNobody.ROUTE_TO_ADMIN, WhenSubmitter.SELF_APPROVE, false);

  /** Checks the parts. */
  public EdgeRules {
    Objects.requireNonNull(whenNobody, "whenNobody");
    Objects.requireNonNull(whenSubmitter, "whenSubmitter");
  }
}
