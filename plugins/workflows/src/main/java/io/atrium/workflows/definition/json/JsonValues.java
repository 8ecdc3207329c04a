package io.atrium.workflows.definition.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON values as plain Java values and back, for the properties of contributed approver rules:
 * text, {@code Long} (whole numbers) or {@code BigDecimal}, {@code Boolean}, {@code List},
 * {@code Map}; JSON nulls are left out.
 */
final class JsonValues {

  private JsonValues() {
  }

  /** An object's properties except some, as Java values in order. */
  static Map<String, Object> properties(JsonObject object, String... except) {
    Map<String, Object> values = new LinkedHashMap<>();
    List<String> skipped = List.of(except);
    object.forEach((name, value) -> {
      Object java = java(value);
      if (!skipped.contains(name) && java != null) {
        values.put(name, java);
      }
    });
    return values;
  }

  private static Object java(JsonValue value) {
    if (value instanceof JsonString text) {
      return text.getString();
    }
    if (value instanceof JsonNumber number) {
      return number.isIntegral() ? (Object) number.longValue() : number.bigDecimalValue();
    }
    if (value instanceof JsonObject object) {
      return properties(object);
    }
    if (value instanceof JsonArray array) {
      List<Object> items = new ArrayList<>();
      array.stream().map(JsonValues::java).filter(v -> v != null).forEach(items::add);
      return items;
    }
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE;
    }
    return null;
  }

  /** Java values as a JSON object builder's properties. */
  static JsonObjectBuilder add(JsonProvider json, JsonObjectBuilder out, Map<String, Object> values) {
    values.forEach((name, value) -> out.add(name, json(json, value)));
    return out;
  }

  private static JsonValue json(JsonProvider json, Object value) {
    if (value instanceof String text) {
      return json.createValue(text);
    }
    if (value instanceof BigDecimal decimal) {
      return json.createValue(decimal);
    }
    if (value instanceof Number number) {
      return json.createValue(number.longValue());
    }
    if (value instanceof Boolean bool) {
      return bool ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (value instanceof Map<?, ?> map) {
      JsonObjectBuilder object = json.createObjectBuilder();
      map.forEach((k, v) -> object.add(String.valueOf(k), json(json, v)));
      return object.build();
    }
    if (value instanceof List<?> list) {
      JsonArrayBuilder array = json.createArrayBuilder();
      list.forEach(v -> array.add(json(json, v)));
      return array.build();
    }
    return json.createValue(String.valueOf(value));
  }
}
