package io.atrium.workflows.definition.json;

import io.atrium.workflows.definition.Counting;
import io.atrium.workflows.definition.Escalation;
import io.atrium.workflows.definition.Sla;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;

/** Reads an approver node's {@code sla} object: counting, reminders, escalation. */
final class SlaJsonReader {

  static final List<String> PROPERTIES = List.of("counting", "remindAfter", "repeatEvery", "escalateAfter", "escalation");

  private final DefinitionJsonReader reader;

  SlaJsonReader(DefinitionJsonReader reader) {
    this.reader = reader;
  }

  /** The node's SLA; {@link Sla#NONE} when it has none, null when it could not be read. */
  Sla sla(JsonObject node, String path) {
    JsonValue value = node.get("sla");
    if (value == null || value == JsonValue.NULL) {
      return Sla.NONE;
    }
    String at = JsonPaths.property(path, "sla");
    if (!(value instanceof JsonObject sla)) {
      reader.problem(at, "workflows.json.notObject.sla");
      return null;
    }
    reader.unknownProperties(sla, at, PROPERTIES);
    int before = reader.problems().size();
    Counting counting = reader.enumeration(sla, at, "counting", JsonNames.COUNTING, Counting.CALENDAR);
    Duration remind = reader.duration(sla, at, "remindAfter");
    Duration repeat = reader.duration(sla, at, "repeatEvery");
    Duration escalate = reader.duration(sla, at, "escalateAfter");
    Escalation escalation = reader.enumeration(sla, at, "escalation", JsonNames.ESCALATIONS, null);
    return reader.problems().size() > before ? null : new Sla(counting, remind, repeat, escalate, escalation);
  }
}
