package io.atrium.workflows.engine;

/**
 * Something a person does to a running instance. The action id makes it idempotent: the same id
 * again returns the first outcome and changes nothing.
 */
public sealed interface Action {

  /** Chosen by the caller, e.g. a UUID per button press; unique across instances. */
  String actionId();

  /** Who acts. */
  long actorId();

  /** The actor's comment, or null. */
  String comment();

  /** Approve a pending task; at the start node (record handed back) this submits again. */
  record Approve(String actionId, long actorId, String taskId, String comment) implements Action {
  }

  /** Reject a pending task: the node's reject policy decides what follows. */
  record Reject(String actionId, long actorId, String taskId, String comment) implements Action {
  }

  /**
   * Return (退回) the record to an earlier node, which is visited again, and so is every node after it.
   *
   * @param targetNodeId the node to return to, or null for the previous one
   */
  record Return(String actionId, long actorId, String taskId, String targetNodeId, String comment) implements Action {
  }

  /** Transfer (转交) a pending task to someone else. */
  record Transfer(String actionId, long actorId, String taskId, long toUserId, String comment) implements Action {
  }

  /**
   * Add a signer (加签) to a pending task's seat: before (they approve first, then the task comes
   * back) or after (the task is approved, and the signer must approve too).
   */
  record AddSigner(String actionId, long actorId, String taskId, long signerId, boolean before, String comment)
      implements Action {
  }

  /**
   * Delegate (委托) a pending task: the delegate decides in the assignee's name, and the assignee may
   * take it back ({@link Reclaim}) until the delegate has acted.
   */
  record Delegate(String actionId, long actorId, String taskId, long toUserId, String comment) implements Action {
  }

  /** Take back (收回) a task one delegated, while the delegate has not acted on it yet. */
  record Reclaim(String actionId, long actorId, String taskId, String comment) implements Action {
  }

  /**
   * Remove a signer (减签) one added, while they have not decided yet: a signer added before gives the
   * task back to the one who added them; one added after leaves that person's approval as it was.
   *
   * @param taskId the added signer's task
   */
  record RemoveSigner(String actionId, long actorId, String taskId, String comment) implements Action {
  }

  /** The submitter withdraws (撤回), allowed until an approver has acted since the last submission. */
  record Withdraw(String actionId, long actorId, String comment) implements Action {
  }
}
