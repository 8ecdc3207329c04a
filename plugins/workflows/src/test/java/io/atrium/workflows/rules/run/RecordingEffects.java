package io.atrium.workflows.rules.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Effects on records in memory, as the runtime would do them: each call is recorded, updates give the update's event. */
final class RecordingEffects implements Effects {

  /** A call as text, e.g. {@code setOwner leads/1 12}. */
  final List<String> calls = new ArrayList<>();
  /** The records' values. */
  final Map<RecordRef, Map<String, Object>> records = new HashMap<>();
  /** The records' owners. */
  final Map<RecordRef, Long> owners = new HashMap<>();
  /** The update events the changes produce, for a test to hand back to the runner. */
  final List<RuleEvent> updates = new ArrayList<>();
  /** Makes the next call fail, to test rollback. */
  RuntimeException failNext;

  private int events;

  @Override
  public void setFields(RecordRef record, Map<String, Object> values, RuleOrigin origin, String actionKey) {
    fail();
    calls.add("setFields " + record + " " + values);
    Map<String, Object> current = records.computeIfAbsent(record, r -> new LinkedHashMap<>());
    Map<String, FieldChange> changes = new LinkedHashMap<>();
    values.forEach((field, value) -> changes.put(field, new FieldChange(current.get(field), value)));
    current.putAll(values);
    updates.add(RuleEvent.updated("update-" + ++events, record, current, changes, owners.get(record), null, origin,
        Instant.EPOCH));
  }

  @Override
  public void setOwner(RecordRef record, Long ownerId, RuleOrigin origin, String actionKey) {
    fail();
    calls.add("setOwner " + record + " " + ownerId);
    owners.put(record, ownerId);
  }

  @Override
  public void createRecord(String source, Map<String, Object> values, RuleOrigin origin, String actionKey) {
    fail();
    calls.add("createRecord " + source + " " + values);
  }

  @Override
  public void createTodo(long assigneeId, String title, Instant due, RecordRef record, RuleOrigin origin,
      String actionKey) {
    fail();
    calls.add("createTodo " + assigneeId + " " + title + " " + due + " " + record);
  }

  @Override
  public void startProcess(String definitionKey, RecordRef record, Long starterId, RuleOrigin origin,
      String actionKey) {
    fail();
    calls.add("startProcess " + definitionKey + " " + record + " " + starterId);
  }

  @Override
  public void notify(Set<Long> recipients, String ruleName, String message, RecordRef record, RuleOrigin origin,
      String actionKey) {
    fail();
    calls.add("notify " + recipients + " " + message + " " + record);
  }

  @Override
  public void callAction(String actionId, Map<String, Object> inputs, RecordRef record, RuleOrigin origin,
      String actionKey) {
    fail();
    calls.add("callAction " + actionId + " " + inputs + " " + record);
  }

  private void fail() {
    if (failNext != null) {
      RuntimeException e = failNext;
      failNext = null;
      throw e;
    }
  }
}
