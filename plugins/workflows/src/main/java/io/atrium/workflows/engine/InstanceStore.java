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
   * Replaces an instance if the stored one still has {@code expectedVersion}.
   *
   * @throws StaleInstanceException when it has another version
   */
  void update(ProcessInstance instance, long expectedVersion);

  /** The outcome recorded for an action id. */
  Optional<RecordedAction> action(String actionId);

  /** Records the outcome of an action. */
  void recordAction(RecordedAction action);

  /**
   * An applied action.
   *
   * @param actionId the caller's id
   * @param fingerprint what the action was, to refuse a reused id for something else
   * @param result its outcome
   */
  record RecordedAction(String actionId, String fingerprint, ActionResult result) {
  }
}
