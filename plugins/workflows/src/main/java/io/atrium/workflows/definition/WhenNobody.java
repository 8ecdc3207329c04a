package io.atrium.workflows.definition;

/** What an approver node does when its rule resolves to nobody. */
public enum WhenNobody {
  /** The node passes as approved. */
  AUTO_APPROVE,
  /** The process's admins approve instead. */
  ROUTE_TO_ADMIN,
  /** The process ends rejected. */
  REJECT
}
