package io.atrium.kernel.audit;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the stored values of an entry back into JSON-like Java values: {@code String},
 * {@code Long} (integral numbers) or {@code BigDecimal}, {@code Boolean}, {@code List},
 * {@code Map}, and null for a JSON null.
 */
public final class AuditJson {

  /** Looked up once: a lookup per call would search the class path. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private AuditJson() {
  }

  /** The values of a stored JSON object; an unreadable or empty text is an empty map. */
  public static Map<String, Object> parse(String json) {
    if (json == null || json.isBlank()) {
      return Map.of();
    }
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      return object(reader.readObject());
    } catch (JsonException | ClassCastException e) {
      // entries are written by CanonicalJson; something else is shown as no values, not as an error
      return Map.of();
    }
  }

  /** The same values as written and read back, so a test sees what the kernel would return. */
  public static Map<String, Object> roundTrip(Map<String, ?> values) {
    return parse(CanonicalJson.of(values));
  }

  private static Map<String, Object> object(JsonObject object) {
    Map<String, Object> values = new LinkedHashMap<>();
    object.forEach((key, value) -> values.put(key, value(value)));
    return Collections.unmodifiableMap(values);
  }

  private static Object value(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> number((JsonNumber) value);
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case NULL -> null;
      case ARRAY -> array((JsonArray) value);
      case OBJECT -> object((JsonObject) value);
    };
  }

  private static Object number(JsonNumber number) {
    if (number.isIntegral()) {
      try {
        return number.longValueExact();
      } catch (ArithmeticException e) {
        return number.bigDecimalValue();
      }
    }
    return number.bigDecimalValue();
  }

  private static List<Object> array(JsonArray array) {
    List<Object> values = new ArrayList<>();
    array.forEach(v -> values.add(value(v)));
    return Collections.unmodifiableList(values);
  }
}
