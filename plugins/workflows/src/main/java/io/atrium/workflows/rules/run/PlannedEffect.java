package io.atrium.workflows.rules.run;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** One change an action makes, with its computed values: what test mode shows and the runner performs. */
public sealed interface PlannedEffect {

  /** Performs the change. */
  void applyTo(Effects effects, RuleOrigin origin, String actionKey);

  /** Set fields of the record. */
  record SetFields(RecordRef record, Map<String, Object> values) implements PlannedEffect {
    /** Freezes the values (null values allowed). */
    public SetFields {
      values = frozen(values);
    }

    @Override
    public void applyTo(Effects effects, RuleOrigin origin, String actionKey) {
      effects.setFields(record, values, origin, actionKey);
    }
  }

  /** Set (or with null clear) the record's owner. */
  record SetOwner(RecordRef record, Long ownerId) implements PlannedEffect {
    @Override
    public void applyTo(Effects effects, RuleOrigin origin, String actionKey) {
      effects.setOwner(record, ownerId, origin, actionKey);
    }
  }

  /** Create a record. */
  record CreateRecord(String source, Map<String, Object> values) implements PlannedEffect {
    /** Freezes the values. */
    public CreateRecord {
      values = frozen(values);
    }

    @Override
    public void applyTo(Effects effects, RuleOrigin origin, String actionKey) {
      effects.createRecord(source, values, origin, actionKey);
    }
  }

  /** Create a to-do for one person. */
  record CreateTodo(long assigneeId, String title, Instant due, RecordRef record) implements PlannedEffect {
    @Override
    public void applyTo(Effects effects, RuleOrigin origin, String actionKey) {
      effects.createTodo(assigneeId, title, due, record, origin, actionKey);
    }
  }

  /** Start a process on the record. */
  record StartProcess(String definitionKey, RecordRef record, Long starterId) implements PlannedEffect {
    @Override
    public void applyTo(Effects effects, RuleOrigin origin, String actionKey) {
      effects.startProcess(definitionKey, record, starterId, origin, actionKey);
    }
  }

  /** Notify people. */
  record Notify(Set<Long> recipients, String ruleName, String message, RecordRef record) implements PlannedEffect {
    /** Freezes the recipients, in order. */
    public Notify {
      recipients = Collections.unmodifiableSet(new LinkedHashSet<>(recipients));
    }

    @Override
    public void applyTo(Effects effects, RuleOrigin origin, String actionKey) {
      effects.notify(recipients, ruleName, message, record, origin, actionKey);
    }
  }

  /** Call a plugin's action. */
  record CallAction(String actionId, Map<String, Object> inputs, RecordRef record) implements PlannedEffect {
    /** Freezes the inputs. */
    public CallAction {
      inputs = frozen(inputs);
    }

    @Override
    public void applyTo(Effects effects, RuleOrigin origin, String actionKey) {
      effects.callAction(actionId, inputs, record, origin, actionKey);
    }
  }

  private static Map<String, Object> frozen(Map<String, Object> values) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
