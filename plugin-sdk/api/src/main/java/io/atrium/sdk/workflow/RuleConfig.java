package io.atrium.sdk.workflow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One approver rule of a definition as a strategy sees it: its type and its other JSON properties,
 * JSON-like and read-only ({@code String}, {@code Long} or {@code BigDecimal}, {@code Boolean},
 * {@code List}, {@code Map}; JSON nulls are left out).
 *
 * @param type the rule type, e.g. {@code departmentHead}
 * @param config the rule's properties other than {@code type}, e.g. {@code levelsUp → 1}
 */
public record RuleConfig(String type, Map<String, Object> config) {

  /** Checks the type and freezes the properties, deeply. */
  public RuleConfig {
    Objects.requireNonNull(type, "type");
    config = config == null ? Map.of() : freezeMap(config);
  }

  /** A property, if present. */
  public Optional<Object> get(String name) {
    return Optional.ofNullable(config.get(name));
  }

  /** A text property; empty when missing or not text. */
  public Optional<String> text(String name) {
    return config.get(name) instanceof String text ? Optional.of(text) : Optional.empty();
  }

  /** A whole-number property, or the fallback when missing or not a whole number. */
  public long number(String name, long fallback) {
    return config.get(name) instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
        ? number.longValue() : fallback;
  }

  /** The whole numbers of a list property (other items left out); empty when missing. */
  public List<Long> numbers(String name) {
    return list(name).stream().filter(Number.class::isInstance).map(v -> ((Number) v).longValue()).toList();
  }

  /** The texts of a list property (other items left out); empty when missing. */
  public List<String> texts(String name) {
    return list(name).stream().filter(String.class::isInstance).map(String.class::cast).toList();
  }

  private List<?> list(String name) {
    return config.get(name) instanceof List<?> list ? list : List.of();
  }

  private static Map<String, Object> freezeMap(Map<String, ?> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach((key, value) -> {
      if (value != null) {
        copy.put(Objects.requireNonNull(key, "key"), freeze(value));
      }
    });
    return Collections.unmodifiableMap(copy);
  }

  private static Object freeze(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(String.valueOf(k), v));
      return freezeMap(copy);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.stream().filter(Objects::nonNull).forEach(v -> copy.add(freeze(v)));
      return Collections.unmodifiableList(copy);
    }
    return value;
  }
}
