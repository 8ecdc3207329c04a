package io.atrium.kernel.event;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts event payloads to JSON for the outbox and back. */
public final class EventPayloads {

  /** Looked up once: {@code Json.create...} would search the class path for a provider on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private EventPayloads() {
  }

  /**
   * Writes a payload as JSON.
   *
   * @throws IllegalArgumentException naming the first value that is not JSON
   */
  public static String toJson(Map<String, ?> payload) {
    return object(payload, "").build().toString();
  }

  /** Reads a payload written by {@link #toJson}; numbers come back as Long or BigDecimal. */
  public static Map<String, Object> fromJson(String json) {
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      return toMap(reader.readObject());
    }
  }

  private static JsonObjectBuilder object(Map<?, ?> map, String path) {
    JsonObjectBuilder builder = JSON.createObjectBuilder();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getKey() instanceof String key)) {
        throw new IllegalArgumentException("Event payload keys must be strings, not " + entry.getKey()
            + " at " + (path.isEmpty() ? "the top" : path));
      }
      builder.add(key, value(entry.getValue(), path.isEmpty() ? key : path + "." + key));
    }
    return builder;
  }

  private static JsonValue value(Object value, String path) {
    if (value == null) {
      return JsonValue.NULL;
    }
    if (value instanceof String text) {
      return JSON.createValue(text);
    }
    if (value instanceof Boolean flag) {
      return flag ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return JSON.createValue(((Number) value).longValue());
    }
    if (value instanceof BigInteger big) {
      return JSON.createValue(big);
    }
    if (value instanceof BigDecimal decimal) {
      return JSON.createValue(decimal);
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      if (Double.isNaN(number) || Double.isInfinite(number)) {
        throw new IllegalArgumentException("Event payload value at " + path + " is not a finite number");
      }
      return JSON.createValue(number);
    }
    if (value instanceof Map<?, ?> map) {
      return object(map, path).build();
    }
    if (value instanceof Collection<?> items) {
      JsonArrayBuilder array = JSON.createArrayBuilder();
      int i = 0;
      for (Object item : items) {
        array.add(value(item, path + "[" + i++ + "]"));
      }
      return array.build();
    }
    throw new IllegalArgumentException("Event payload value at " + path + " is a " + value.getClass().getName()
        + "; use strings, numbers, booleans, lists and maps (write dates as ISO-8601 strings)");
  }

  /** A Long when the number is integral and fits, else a BigDecimal: never a silently truncated Long. */
  private static Object number(JsonNumber number) {
    if (number.isIntegral()) {
      try {
        return number.longValueExact();
      } catch (ArithmeticException e) {
        // beyond the range of long
      }
    }
    return number.bigDecimalValue();
  }

  private static Map<String, Object> toMap(JsonObject object) {
    Map<String, Object> map = new LinkedHashMap<>();
    object.forEach((key, value) -> map.put(key, toJava(value)));
    return map;
  }

  private static Object toJava(JsonValue value) {
    return switch (value.getValueType()) {
      case NULL -> null;
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> number((JsonNumber) value);
      case OBJECT -> toMap((JsonObject) value);
      case ARRAY -> {
        List<Object> list = new ArrayList<>();
        for (JsonValue item : (JsonArray) value) {
          list.add(toJava(item));
        }
        yield list;
      }
    };
  }
}
