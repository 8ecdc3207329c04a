package io.atrium.workflows.rules.run;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * What rules change in the world, implemented by the plugin's runtime on record sources, the engine,
 * the to-do center, the notifier and the action SPI. Each call gets the rule's origin, which a record
 * update must carry into its event (so the rule does not trigger itself), and the action's key, which
 * a call may use to be idempotent on its own side too. Calls run in the run's transaction.
 */
public interface Effects {

  /** Sets fields of a record. */
  void setFields(RecordRef record, Map<String, Object> values, RuleOrigin origin, String actionKey);

  /** Sets a record's owner; null clears it. */
  void setOwner(RecordRef record, Long ownerId, RuleOrigin origin, String actionKey);

  /** Creates a record. */
  void createRecord(String source, Map<String, Object> values, RuleOrigin origin, String actionKey);

  /** Creates a to-do for a person about a record (or none), due at a time. */
  void createTodo(long assigneeId, String title, Instant due, RecordRef record, RuleOrigin origin, String actionKey);

  /** Starts the published process of a definition key on a record. */
  void startProcess(String definitionKey, RecordRef record, Long starterId, RuleOrigin origin, String actionKey);

  /** Notifies people about a record (or none). */
  void notify(Set<Long> recipients, String ruleName, String message, RecordRef record, RuleOrigin origin,
      String actionKey);

  /** Calls an action a plugin contributes. */
  void callAction(String actionId, Map<String, Object> inputs, RecordRef record, RuleOrigin origin, String actionKey);
}
