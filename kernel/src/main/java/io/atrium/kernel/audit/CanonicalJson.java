package io.atrium.kernel.audit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes values as canonical JSON: object keys sorted, no white space, one spelling per value, so
 * the same values always hash the same. Keys that look like secrets (containing
 * {@code password}, {@code secret} or {@code token}, in any case) are dropped at every level:
 * secrets never reach the audit log, even when a caller passes them by mistake.
 */
public final class CanonicalJson {

  /** Deeper structures are cut off (and a cycle cannot loop forever). */
  static final int MAX_DEPTH = 16;

  private static final String[] SECRET_WORDS = {"password", "secret", "token"};

  private CanonicalJson() {
  }

  /** The canonical JSON object of a map, without secret keys; an empty or null map is {@code {}}. */
  public static String of(Map<String, ?> values) {
    StringBuilder out = new StringBuilder();
    writeObject(values == null ? Map.of() : values, out, 0);
    return out.toString();
  }

  /** Whether a key names a secret and is dropped. */
  public static boolean isSecretKey(String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    for (String word : SECRET_WORDS) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Appends a JSON string literal. */
  static void writeString(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static void writeObject(Map<?, ?> map, StringBuilder out, int depth) {
    TreeMap<String, Object> sorted = new TreeMap<>();
    map.forEach((key, value) -> {
      String name = String.valueOf(key);
      if (!isSecretKey(name)) {
        sorted.put(name, value);
      }
    });
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, Object> entry : sorted.entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      writeString(entry.getKey(), out);
      out.append(':');
      writeValue(entry.getValue(), out, depth + 1);
    }
    out.append('}');
  }

  private static void writeValue(Object value, StringBuilder out, int depth) {
    if (depth > MAX_DEPTH) {
      writeString("…", out);
      return;
    }
    if (value instanceof Optional<?> optional) {
      value = optional.orElse(null);
    }
    if (value == null) {
      out.append("null");
    } else if (value instanceof Boolean bool) {
      out.append(bool.booleanValue());
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
        || value instanceof BigInteger) {
      out.append(value);
    } else if (value instanceof BigDecimal decimal) {
      out.append(decimal.stripTrailingZeros().toPlainString());
    } else if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      if (Double.isFinite(number)) {
        out.append(BigDecimal.valueOf(number).stripTrailingZeros().toPlainString());
      } else {
        writeString(String.valueOf(number), out);
      }
    } else if (value instanceof Map<?, ?> map) {
      writeObject(map, out, depth);
    } else if (value instanceof Collection<?> || value instanceof Object[]) {
      Iterable<?> items = value instanceof Collection<?> collection ? collection : java.util.List.of((Object[]) value);
      out.append('[');
      boolean first = true;
      for (Object item : items) {
        if (!first) {
          out.append(',');
        }
        first = false;
        writeValue(item, out, depth + 1);
      }
      out.append(']');
    } else if (value instanceof Enum<?> constant) {
      writeString(constant.name(), out);
    } else if (value instanceof Date date) {
      writeString(date.toInstant().toString(), out);
    } else if (value instanceof TemporalAccessor || value instanceof CharSequence) {
      writeString(value.toString(), out);
    } else {
      writeString(String.valueOf(value), out);
    }
  }
}
