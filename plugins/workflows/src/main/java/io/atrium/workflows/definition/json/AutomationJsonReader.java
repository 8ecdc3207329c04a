package io.atrium.workflows.definition.json;

import io.atrium.workflows.definition.Automation;
import io.atrium.workflows.definition.Counting;
import io.atrium.workflows.definition.Delay;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads what automation and delay nodes do: exactly one of their alternative properties each. */
final class AutomationJsonReader {

  static final List<String> SET_FIELD_PROPERTIES = List.of("field", "value");
  static final List<String> CALL_ACTION_PROPERTIES = List.of("action", "inputs");

  private final DefinitionJsonReader reader;

  AutomationJsonReader(DefinitionJsonReader reader) {
    this.reader = reader;
  }

  /** An automation node's {@code setField} or {@code callAction}; null when it could not be read. */
  Automation automation(JsonObject node, String path) {
    if (!exactlyOne(node, path, "setField", "callAction")) {
      return null;
    }
    boolean setField = node.containsKey("setField");
    String at = JsonPaths.property(path, setField ? "setField" : "callAction");
    if (!(node.get(setField ? "setField" : "callAction") instanceof JsonObject body)) {
      reader.problem(at, "workflows.json.notObject.automation");
      return null;
    }
    if (setField) {
      reader.unknownProperties(body, at, SET_FIELD_PROPERTIES);
      String field = reader.string(body, at, "field", true);
      String value = reader.string(body, at, "value", true);
      return field == null || value == null ? null : new Automation.SetField(field, value);
    }
    reader.unknownProperties(body, at, CALL_ACTION_PROPERTIES);
    String action = reader.string(body, at, "action", true);
    Map<String, String> inputs = inputs(body, at);
    return action == null || inputs == null ? null : new Automation.CallAction(action, inputs);
  }

  /** A delay node's {@code after} (with {@code counting}) or {@code untilField}; null when it could not be read. */
  Delay delay(JsonObject node, String path) {
    if (!exactlyOne(node, path, "after", "untilField")) {
      return null;
    }
    if (node.containsKey("untilField")) {
      if (node.containsKey("counting")) {
        reader.problem(JsonPaths.property(path, "counting"), "workflows.json.countingWithoutAfter");
        return null;
      }
      String field = reader.string(node, path, "untilField", true);
      return field == null ? null : new Delay.UntilField(field);
    }
    Duration length = reader.duration(node, path, "after");
    Counting counting = reader.enumeration(node, path, "counting", JsonNames.COUNTING, Counting.CALENDAR);
    return length == null || counting == null ? null : new Delay.For(length, counting);
  }

  private Map<String, String> inputs(JsonObject body, String at) {
    JsonValue value = body.get("inputs");
    Map<String, String> inputs = new LinkedHashMap<>();
    if (value == null || value == JsonValue.NULL) {
      return inputs;
    }
    String inputsAt = JsonPaths.property(at, "inputs");
    if (!(value instanceof JsonObject object)) {
      reader.problem(inputsAt, "workflows.json.wrongType.object", "inputs");
      return null;
    }
    boolean ok = true;
    for (Map.Entry<String, JsonValue> input : object.entrySet()) {
      if (input.getValue() instanceof JsonString text) {
        inputs.put(input.getKey(), text.getString());
      } else {
        reader.problem(JsonPaths.property(inputsAt, input.getKey()), "workflows.json.wrongType.text", input.getKey());
        ok = false;
      }
    }
    return ok ? inputs : null;
  }

  private boolean exactlyOne(JsonObject node, String path, String first, String second) {
    boolean hasFirst = node.containsKey(first) && node.get(first) != JsonValue.NULL;
    boolean hasSecond = node.containsKey(second) && node.get(second) != JsonValue.NULL;
    if (hasFirst == hasSecond) {
      reader.problem(path, "workflows.json.oneOf", first, second);
      return false;
    }
    return true;
  }
}
