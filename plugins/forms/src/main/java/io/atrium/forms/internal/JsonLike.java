package io.atrium.forms.internal;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Canonical record values as event payloads and audit entries take them: dates as ISO text, decimals as text. */
final class JsonLike {

  private JsonLike() {
  }

  /** The values, converted. */
  static Map<String, Object> of(Map<String, ?> values) {
    Map<String, Object> json = new LinkedHashMap<>();
    values.forEach((name, value) -> json.put(name, value(value)));
    return json;
  }

  /** One value, converted. */
  static Object value(Object value) {
    if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
        || value instanceof Integer) {
      return value;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof TemporalAccessor) {
      return value.toString();
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> json = new LinkedHashMap<>();
      map.forEach((key, item) -> json.put(String.valueOf(key), value(item)));
      return json;
    }
    if (value instanceof Iterable<?> items) {
      List<Object> json = new ArrayList<>();
      items.forEach(item -> json.add(value(item)));
      return json;
    }
    return value.toString();
  }
}
