package io.atrium.sdk.workflow;

import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * SPI: an automation step that a process definition calls by id, e.g. "create the customer in the
 * ERP" or "assign the lead to the region's sales rep". Register it as a service.
 *
 * <p>{@link #run} is called inside the engine's transaction, together with the approval step that
 * reached the node: what it writes to the platform database commits or rolls back with it. It may
 * run again after a rollback, so work outside the database should be idempotent (or go through the
 * event outbox). A failure throws {@link WorkflowActionException}; the whole step then fails and
 * nothing of it is stored.
 */
@ConsumerType
public interface WorkflowAction {

  /** Stable id, unique on the server, e.g. {@code crm.assignOwner}. */
  String id();

  /** Message key of the action's name in the designer, in the contributing plugin's bundle. */
  String nameKey();

  /**
   * Runs the action.
   *
   * @param recordRef the record the process runs on, in the engine's terms (e.g. {@code forms:lead:42})
   * @param inputs the node's inputs by name, computed from their expressions; values may be null
   * @param variables the instance's variables: the record's fields and {@code submitter}; read-only
   * @throws WorkflowActionException when the action cannot be done, with a message for people
   */
  void run(String recordRef, Map<String, Object> inputs, Map<String, Object> variables);
}
