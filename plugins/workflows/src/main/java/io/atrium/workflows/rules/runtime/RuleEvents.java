package io.atrium.workflows.rules.runtime;

import io.atrium.sdk.event.Event;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordEvents;
import io.atrium.sdk.record.RecordSource;
import io.atrium.workflows.rules.run.FieldChange;
import io.atrium.workflows.rules.run.RecordRef;
import io.atrium.workflows.rules.run.RuleEvent;
import io.atrium.workflows.rules.run.RuleOrigin;
import io.atrium.workflows.runtime.ApprovalFinished;
import io.atrium.workflows.runtime.RecordSources;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns outbox events into {@link RuleEvent}s: the record's values and owner as its source has them
 * now (typed, as rules compare them), the changed field names of an update (the old values are not
 * in the event, so {@code old} is empty), and the rule chain of a change a rule made.
 */
final class RuleEvents {

  /** The pseudo field an owner change names among the changed fields. */
  static final String OWNER_FIELD = "ownerId";

  private final RecordSources sources;
  private final JdbcRuleChanges changes;

  RuleEvents(RecordSources sources, JdbcRuleChanges changes) {
    this.sources = sources;
    this.changes = changes;
  }

  /** The record source key an event is about, or null. */
  static String sourceOf(Event event) {
    Object source = event.payload().get(RecordEvents.SOURCE);
    return source instanceof String text ? text : null;
  }

  /** The rule event, or empty when the event is none of ours or its record is gone. */
  Optional<RuleEvent> of(Event event) {
    String source = sourceOf(event);
    Object id = event.payload().get(RecordEvents.ID);
    if (source == null || !(id instanceof Number number)) {
      return Optional.empty();
    }
    RecordRef ref = new RecordRef(source, number.longValue());
    Optional<RecordData> found = sources.source(source).flatMap(s -> s.get(ref.id()));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    RecordData record = found.get();
    Map<String, Object> fields = record.values();
    return switch (event.topic()) {
      case RecordEvents.CREATED -> Optional.of(RuleEvent.created(event.id(), ref, fields, record.ownerId(),
          record.createdBy(), origin(ref, event), event.occurredAt()));
      case RecordEvents.UPDATED -> Optional.of(RuleEvent.updated(event.id(), ref, fields, changed(event, record),
          record.ownerId(), record.updatedBy(), origin(ref, event), event.occurredAt()));
      case RecordEvents.DELETED -> Optional.of(RuleEvent.deleted(event.id(), ref, fields, record.ownerId(),
          record.updatedBy(), event.occurredAt()));
      case ApprovalFinished.TOPIC -> Optional.of(RuleEvent.approvalFinished(event.id(), ref, fields, record.ownerId(),
          (String) event.payload().get(ApprovalFinished.PROCESS), (String) event.payload().get(ApprovalFinished.OUTCOME),
          event.occurredAt()));
      default -> Optional.empty();
    };
  }

  /** A record's current state as an event, for test mode and schedules; empty when it does not exist. */
  Optional<RecordData> record(RecordRef ref) {
    return sources.source(ref.source()).flatMap(s -> s.get(ref.id())).filter(r -> !r.deleted());
  }

  /** The source of a key, if it is up. */
  Optional<RecordSource> source(String key) {
    return sources.source(key);
  }

  private static Map<String, FieldChange> changed(Event event, RecordData record) {
    Map<String, FieldChange> changed = new LinkedHashMap<>();
    if (event.payload().get(RecordEvents.CHANGED) instanceof List<?> names) {
      for (Object name : names) {
        String field = String.valueOf(name);
        changed.put(field, new FieldChange(null, OWNER_FIELD.equals(field) ? record.ownerId() : record.value(field)));
      }
    }
    return changed;
  }

  private RuleOrigin origin(RecordRef ref, Event event) {
    Object version = event.payload().get(RecordEvents.VERSION);
    return version instanceof Number number ? changes.origin(ref.toString(), number.longValue()).orElse(null) : null;
  }
}
