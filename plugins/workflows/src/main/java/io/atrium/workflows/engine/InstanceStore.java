package io.atrium.workflows.engine;

import java.util.Optional;

/**
 * Where instances and the outcomes of actions are kept. The engine calls it inside the caller's
 * transaction; a database store writes both in that transaction.
 */
public interface InstanceStore {

  /** An instance by id. */
  Optional<ProcessInstance> find(String instanceId);

  /** Stores a new instance (version 1). */
  void insert(ProcessInstance instance);

  /**
   * Replaces an instance by its next snapshot if the stored one still has the previous snapshot's
   * version; the previous snapshot lets a store write only what changed.
   *
   * @throws StaleInstanceException when it has another version
   */
  void update(ProcessInstance previous, ProcessInstance next);

  /** The outcome recorded for an action id. */
  Optional<RecordedAction> action(String actionId);

  /** Records the outcome of an action. */
  void recordAction(RecordedAction action);

  /**
   * An applied action.
   *
   * @param actionId the caller's id
   * @param fingerprint a hash of what the action was, to refuse a reused id for something else
   * @param instanceId the instance it started or changed
   * @param version the instance's version right after it
   * @param approvalStatus the record's approval status right after it
   */
  record RecordedAction(String actionId, String fingerprint, String instanceId, long version,
      ApprovalStatus approvalStatus) {
  }
}
