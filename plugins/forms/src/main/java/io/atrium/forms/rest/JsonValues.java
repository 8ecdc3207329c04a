package io.atrium.forms.rest;

import io.atrium.sdk.record.RecordData;
import jakarta.json.Json;
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
 * Between JSON and the JSON-like Java values the forms facades take and give: numbers stay
 * {@link BigDecimal} or {@link Long}, dates and times become ISO-8601 text.
 */
final class JsonValues {

  /** Looked up once: {@code Json.create...} would search the class path for a provider on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private JsonValues() {
  }

  /** A record as the API shows it. */
  static JsonObject record(RecordData record) {
    JsonObjectBuilder json = JSON.createObjectBuilder()
        .add("id", record.id())
        .add("version", record.version())
        .add("status", record.status().name())
        .add("deleted", record.deleted())
        .add("createdAt", record.createdAt().toString())
        .add("updatedAt", record.updatedAt().toString());
    addNullable(json, "serial", record.serial());
    addNullable(json, "ownerId", record.ownerId());
    addNullable(json, "departmentId", record.departmentId());
    addNullable(json, "createdBy", record.createdBy());
    addNullable(json, "updatedBy", record.updatedBy());
    JsonObjectBuilder values = JSON.createObjectBuilder();
    record.values().forEach((name, value) -> values.add(name, toJson(value)));
    return json.add("values", values).build();
  }

  private static void addNullable(JsonObjectBuilder json, String name, Object value) {
    json.add(name, toJson(value));
  }

  /** A canonical value as JSON. */
  static JsonValue toJson(Object value) {
    if (value == null) {
      return JsonValue.NULL;
    }
    if (value instanceof Boolean flag) {
      return flag ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (value instanceof Long || value instanceof Integer) {
      return JSON.createValue(((Number) value).longValue());
    }
    if (value instanceof BigDecimal decimal) {
      return JSON.createValue(decimal);
    }
    if (value instanceof Number number) {
      return JSON.createValue(new BigDecimal(number.toString()));
    }
    if (value instanceof Map<?, ?> map) {
      JsonObjectBuilder object = JSON.createObjectBuilder();
      map.forEach((key, item) -> object.add(String.valueOf(key), toJson(item)));
      return object.build();
    }
    if (value instanceof Iterable<?> items) {
      JsonArrayBuilder array = JSON.createArrayBuilder();
      items.forEach(item -> array.add(toJson(item)));
      return array.build();
    }
    return JSON.createValue(value.toString());
  }

  /** A JSON object's members as JSON-like Java values. */
  static Map<String, Object> fromJson(JsonObject object) {
    Map<String, Object> values = new LinkedHashMap<>();
    object.forEach((name, value) -> values.put(name, fromJson(value)));
    return values;
  }

  /** A JSON value as a JSON-like Java value. */
  static Object fromJson(JsonValue value) {
    return switch (value.getValueType()) {
      case NULL -> null;
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> {
        JsonNumber number = (JsonNumber) value;
        BigDecimal decimal = number.bigDecimalValue();
        yield decimal.scale() <= 0 && decimal.abs().compareTo(LONG_MAX) <= 0 ? (Object) decimal.longValueExact()
            : decimal;
      }
      case ARRAY -> {
        List<Object> items = new ArrayList<>();
        ((JsonArray) value).forEach(item -> items.add(fromJson(item)));
        yield items;
      }
      case OBJECT -> fromJson((JsonObject) value);
    };
  }
}
