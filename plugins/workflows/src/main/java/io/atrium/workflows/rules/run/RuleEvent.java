package io.atrium.workflows.rules.run;

import io.atrium.workflows.rules.TriggerKind;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Something that may trigger rules, as the runtime hands it over from an outbox event, a schedule or
 * a relative-date firing.
 *
 * @param id unique per event and stable across redeliveries (the outbox event id, a firing's key)
 * @param kind the trigger kind
 * @param ruleId for schedules and relative dates: the one rule it fires; else null
 * @param record the record, or null for a schedule
 * @param fields the record's values now (after the change)
 * @param changes for an update: the changed fields with old and new values; else empty
 * @param ownerId the record's owner, or null
 * @param actorId who caused it, or null for the system
 * @param processKey for an approval: the process definition key; else null
 * @param outcome for an approval: {@code approved}, {@code rejected} or {@code withdrawn}; else null
 * @param origin the rule run that made this change, or null when a person or the system did
 * @param at when it happened
 */
public record RuleEvent(String id, TriggerKind kind, String ruleId, RecordRef record, Map<String, Object> fields,
    Map<String, FieldChange> changes, Long ownerId, Long actorId, String processKey, String outcome,
    RuleOrigin origin, Instant at) {

  /** Checks the parts and freezes the maps (null values allowed). */
  public RuleEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(at, "at");
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
  }

  /** A record was created. */
  public static RuleEvent created(String id, RecordRef record, Map<String, Object> fields, Long ownerId, Long actorId,
      RuleOrigin origin, Instant at) {
    return new RuleEvent(id, TriggerKind.RECORD_CREATED, null, record, fields, Map.of(), ownerId, actorId, null, null,
        origin, at);
  }

  /** A record was updated. */
  public static RuleEvent updated(String id, RecordRef record, Map<String, Object> fields,
      Map<String, FieldChange> changes, Long ownerId, Long actorId, RuleOrigin origin, Instant at) {
    return new RuleEvent(id, TriggerKind.RECORD_UPDATED, null, record, fields, changes, ownerId, actorId, null, null,
        origin, at);
  }

  /** A record was deleted; {@code fields} are its last values. */
  public static RuleEvent deleted(String id, RecordRef record, Map<String, Object> fields, Long ownerId, Long actorId,
      Instant at) {
    return new RuleEvent(id, TriggerKind.RECORD_DELETED, null, record, fields, Map.of(), ownerId, actorId, null, null,
        null, at);
  }

  /** An approval on a record finished. */
  public static RuleEvent approvalFinished(String id, RecordRef record, Map<String, Object> fields, Long ownerId,
      String processKey, String outcome, Instant at) {
    return new RuleEvent(id, TriggerKind.APPROVAL_FINISHED, null, record, fields, Map.of(), ownerId, null, processKey,
        outcome, null, at);
  }

  /** A rule's schedule fell due; the event id should name the rule and the due time. */
  public static RuleEvent scheduled(String ruleId, Instant due) {
    return new RuleEvent("schedule:" + ruleId + ":" + due, TriggerKind.SCHEDULE, ruleId, null, Map.of(), Map.of(), null,
        null, null, null, null, due);
  }

  /** A relative-date firing of a rule on a record (see {@code rules.timing.Firing}). */
  public static RuleEvent relativeDate(String id, String ruleId, RecordRef record, Map<String, Object> fields,
      Long ownerId, Instant due) {
    return new RuleEvent(id, TriggerKind.RELATIVE_DATE, ruleId, record, fields, Map.of(), ownerId, null, null, null,
        null, due);
  }
}
