package io.atrium.workflows.rest;

import io.atrium.sdk.rest.BadRequestProblem;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of an action's body: {@code actionId} (the client's id, so a repeated request changes
 * nothing twice), {@code version} (the instance version the client saw) and the action's own.
 */
final class ActionBody {

  private static final int MAX_ACTION_ID = 100;

  private final JsonObject json;

  ActionBody(String body) {
    this.json = Answers.object(body);
  }

  /** The client's action id; 400 when missing. */
  String actionId() {
    String id = text("actionId");
    if (id == null || id.isBlank() || id.length() > MAX_ACTION_ID) {
      throw new BadRequestProblem("$.actionId", "Give each action a client id of 1 to " + MAX_ACTION_ID
          + " characters (e.g. a UUID per button press), so that a repeated request changes nothing twice");
    }
    return id;
  }

  /** The instance version the client saw; 400 when missing. */
  long version() {
    JsonValue value = json.get("version");
    if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
      throw new BadRequestProblem("$.version", "Name the instance version you saw (\"version\" of the instance or"
          + " \"instanceVersion\" of the task), so that an action on a changed instance is refused");
    }
    return number.longValue();
  }

  /** A user id field; 400 when missing. */
  long userId(String name) {
    JsonValue value = json.get(name);
    if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
      throw new BadRequestProblem("$." + name, "\"" + name + "\" must be a user id");
    }
    return number.longValue();
  }

  /** A text field, or null. */
  String text(String name) {
    JsonValue value = json.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(value instanceof JsonString text)) {
      throw new BadRequestProblem("$." + name, "\"" + name + "\" must be text");
    }
    return text.getString();
  }

  /** A required text field. */
  String required(String name) {
    String value = text(name);
    if (value == null || value.isBlank()) {
      throw new BadRequestProblem("$." + name, "\"" + name + "\" is required");
    }
    return value;
  }

  /**
   * The record fields to change with the action ({@code "values": {"field": value}}), as Java values:
   * text, {@link java.math.BigDecimal}, boolean, null, lists and maps; empty when left out.
   */
  Map<String, Object> values() {
    JsonValue value = json.get("values");
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return Map.of();
    }
    if (!(value instanceof JsonObject object)) {
      throw new BadRequestProblem("$.values", "\"values\" must be an object of field names and their new values");
    }
    Map<String, Object> values = new LinkedHashMap<>();
    object.forEach((name, v) -> values.put(name, java(v)));
    return values;
  }

  private static Object java(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> ((JsonNumber) value).bigDecimalValue();
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case NULL -> null;
      case ARRAY -> value.asJsonArray().stream().map(ActionBody::java).toList();
      case OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        value.asJsonObject().forEach((k, v) -> map.put(k, java(v)));
        yield map;
      }
    };
  }

  /** A list of texts, empty when missing; 400 when it is not one. */
  List<String> strings(String name) {
    JsonValue value = json.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return List.of();
    }
    if (!(value instanceof JsonArray array) || !array.stream().allMatch(JsonString.class::isInstance)) {
      throw new BadRequestProblem("$." + name, "\"" + name + "\" must be a list of texts");
    }
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  /** A boolean field, false when missing. */
  boolean flag(String name) {
    return json.getBoolean(name, false);
  }
}
