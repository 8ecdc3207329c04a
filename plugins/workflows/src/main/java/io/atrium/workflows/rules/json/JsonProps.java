package io.atrium.workflows.rules.json;

import io.atrium.workflows.definition.json.JsonPaths;
import io.atrium.workflows.rules.RuleProblem;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads typed properties of JSON objects, collecting every problem with its path. */
final class JsonProps {

  private final List<RuleProblem> problems = new ArrayList<>();

  /** The problems found so far. */
  List<RuleProblem> problems() {
    return problems;
  }

  void problem(String path, String key, Object... args) {
    problems.add(RuleProblem.of(path, key, args));
  }

  /** Refuses properties outside {@code known}. */
  void known(JsonObject object, String path, List<String> known) {
    for (String name : object.keySet()) {
      if (!known.contains(name)) {
        problem(JsonPaths.property(path, name), "workflows.rules.json.unknownProperty", name, String.join(", ", known));
      }
    }
  }

  /** An object property, or null. */
  JsonObject object(JsonObject parent, String path, String name, boolean required) {
    JsonValue value = value(parent, path, name, required);
    if (value == null) {
      return null;
    }
    if (value instanceof JsonObject object) {
      return object;
    }
    problem(JsonPaths.property(path, name), "workflows.rules.json.notObject", name);
    return null;
  }

  /** An array property, or null. */
  JsonArray array(JsonObject parent, String path, String name, boolean required) {
    JsonValue value = value(parent, path, name, required);
    if (value == null) {
      return null;
    }
    if (value instanceof JsonArray array) {
      return array;
    }
    problem(JsonPaths.property(path, name), "workflows.rules.json.notArray", name);
    return null;
  }

  /** A text property, or null. */
  String string(JsonObject parent, String path, String name, boolean required) {
    JsonValue value = value(parent, path, name, required);
    if (value == null) {
      return null;
    }
    if (value instanceof JsonString text) {
      return text.getString();
    }
    problem(JsonPaths.property(path, name), "workflows.rules.json.notText", name);
    return null;
  }

  /** A whole-number property, or null. */
  Long integer(JsonObject parent, String path, String name, boolean required) {
    JsonValue value = value(parent, path, name, required);
    if (value == null) {
      return null;
    }
    if (value instanceof JsonNumber number && number.isIntegral()) {
      try {
        return number.longValueExact();
      } catch (ArithmeticException e) {
        // too large: reported below
      }
    }
    problem(JsonPaths.property(path, name), "workflows.rules.json.notInteger", name);
    return null;
  }

  /** A boolean property, or the default. */
  boolean bool(JsonObject parent, String path, String name, boolean otherwise) {
    JsonValue value = value(parent, path, name, false);
    if (value == null) {
      return otherwise;
    }
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE;
    }
    problem(JsonPaths.property(path, name), "workflows.rules.json.notBoolean", name);
    return otherwise;
  }

  /** An array of user ids; empty when missing. */
  List<Long> userIds(JsonObject parent, String path, String name) {
    List<Long> ids = new ArrayList<>();
    JsonArray array = array(parent, path, name, false);
    if (array != null) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i) instanceof JsonNumber number && number.isIntegral()) {
          ids.add(number.longValue());
        } else {
          problem(JsonPaths.index(JsonPaths.property(path, name), i), "workflows.rules.json.notUserId", name);
        }
      }
    }
    return ids;
  }

  /** An object of text values (expressions), in the order written; empty when missing. */
  Map<String, String> texts(JsonObject parent, String path, String name, boolean required) {
    Map<String, String> texts = new LinkedHashMap<>();
    JsonObject object = object(parent, path, name, required);
    if (object != null) {
      String at = JsonPaths.property(path, name);
      for (String key : object.keySet()) {
        String text = string(object, at, key, true);
        if (text != null) {
          texts.put(key, text);
        }
      }
    }
    return texts;
  }

  /** One of the given names (JSON spelling), or null when missing or unknown. */
  <E extends Enum<E>> E choice(JsonObject parent, String path, String name, Map<String, E> names, boolean required) {
    String text = string(parent, path, name, required);
    if (text == null) {
      return null;
    }
    E value = names.get(text);
    if (value == null) {
      problem(JsonPaths.property(path, name), "workflows.rules.json.unknownValue", name, text,
          String.join(", ", names.keySet()));
    }
    return value;
  }

  private JsonValue value(JsonObject parent, String path, String name, boolean required) {
    JsonValue value = parent.get(name);
    if (value == null || value == JsonValue.NULL) {
      if (required) {
        problem(JsonPaths.property(path, name), "workflows.rules.json.missing", name);
      }
      return null;
    }
    return value;
  }
}
