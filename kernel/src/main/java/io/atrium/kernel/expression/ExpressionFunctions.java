package io.atrium.kernel.expression;

import io.atrium.sdk.time.AtriumClock;
import jakarta.el.FunctionMapper;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The functions expressions may call. EL calls functions as static methods, so the clock of the
 * evaluation is handed over in a thread-local for its duration.
 */
public final class ExpressionFunctions {

  private static final ThreadLocal<AtriumClock> CLOCK = new ThreadLocal<>();

  /** The functions by name; EL finds them through {@link #MAPPER}. */
  static final Map<String, Method> FUNCTIONS = functions();

  /** Resolves the functions without a prefix. */
  static final FunctionMapper MAPPER = new FunctionMapper() {
    @Override
    public Method resolveFunction(String prefix, String localName) {
      return prefix == null || prefix.isEmpty() ? FUNCTIONS.get(localName) : null;
    }
  };

  private ExpressionFunctions() {
  }

  /** Runs an evaluation with a clock for {@code today()} and {@code now()}. */
  static <T> T withClock(AtriumClock clock, Supplier<T> evaluation) {
    AtriumClock previous = CLOCK.get();
    CLOCK.set(clock);
    try {
      return evaluation.get();
    } finally {
      if (previous == null) {
        CLOCK.remove();
      } else {
        CLOCK.set(previous);
      }
    }
  }

  /** The clock of the running evaluation. */
  static AtriumClock clock() {
    AtriumClock clock = CLOCK.get();
    if (clock == null) {
      throw new IllegalStateException("today() and now() work only while an expression is evaluated");
    }
    return clock;
  }

  /** The sum of a field over a list of records, or of the list's numbers when the field is empty. */
  public static BigDecimal sum(Object list, String field) {
    BigDecimal total = BigDecimal.ZERO;
    int index = 0;
    for (Object item : items(list, "sum")) {
      index++;
      Object value = item;
      if (field != null && !field.isEmpty()) {
        if (!(item instanceof Map<?, ?> record)) {
          throw new IllegalArgumentException("sum(list, '" + field + "') needs a list of records; item " + index
              + " is " + describe(item));
        }
        value = record.get(field);
      }
      if (value != null) {
        total = total.add(decimal(value, field, index));
      }
    }
    return total;
  }

  /** How many items a list (or map, or array) has; 0 for null. */
  public static long count(Object list) {
    if (list instanceof Map<?, ?> map) {
      return map.size();
    }
    return items(list, "count").size();
  }

  /** Today in the company's time zone. */
  public static LocalDate today() {
    AtriumClock clock = clock();
    return LocalDate.now(clock.asClock().withZone(clock.zone()));
  }

  /** The date and time now in the company's time zone. */
  public static LocalDateTime now() {
    AtriumClock clock = clock();
    return LocalDateTime.now(clock.asClock().withZone(clock.zone()));
  }

  /** Days from the first date to the second (negative when the second is earlier); null when one is missing. */
  public static Long daysBetween(Object from, Object to) {
    LocalDate start = Values.toLocalDate(from, clock().zone());
    LocalDate end = Values.toLocalDate(to, clock().zone());
    if (start == null || end == null) {
      return null;
    }
    return ChronoUnit.DAYS.between(start, end);
  }

  /** Whether a value is null, blank text, or an empty list, map or array. */
  public static boolean isEmpty(Object value) {
    if (value == null) {
      return true;
    }
    if (value instanceof CharSequence text) {
      return text.toString().isBlank();
    }
    if (value instanceof Collection<?> collection) {
      return collection.isEmpty();
    }
    if (value instanceof Map<?, ?> map) {
      return map.isEmpty();
    }
    return value.getClass().isArray() && Array.getLength(value) == 0;
  }

  private static List<?> items(Object list, String function) {
    if (list == null) {
      return List.of();
    }
    if (list instanceof List<?> items) {
      return items;
    }
    if (list instanceof Collection<?> collection) {
      return List.copyOf(collection);
    }
    if (list.getClass().isArray()) {
      Object[] copy = new Object[Array.getLength(list)];
      for (int i = 0; i < copy.length; i++) {
        copy[i] = Array.get(list, i);
      }
      return java.util.Arrays.asList(copy);
    }
    throw new IllegalArgumentException(function + "(...) needs a list, not " + describe(list));
  }

  private static BigDecimal decimal(Object value, String field, int index) {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof BigInteger integer) {
      return new BigDecimal(integer);
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      if (Double.isNaN(number) || Double.isInfinite(number)) {
        throw new IllegalArgumentException("sum(...): item " + index + " is not a finite number");
      }
      return BigDecimal.valueOf(number);
    }
    if (value instanceof Number number) {
      return BigDecimal.valueOf(number.longValue());
    }
    if (value instanceof CharSequence text) {
      try {
        return new BigDecimal(text.toString().trim());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw new IllegalArgumentException("sum(...): " + (field == null || field.isEmpty() ? "item " + index
        : "'" + field + "' of item " + index) + " is " + describe(value) + ", not a number");
  }

  private static String describe(Object value) {
    return value == null ? "null" : "'" + value + "' (" + value.getClass().getSimpleName() + ")";
  }

  private static Map<String, Method> functions() {
    Map<String, Method> functions = new TreeMap<>();
    try {
      functions.put("sum", ExpressionFunctions.class.getMethod("sum", Object.class, String.class));
      functions.put("count", ExpressionFunctions.class.getMethod("count", Object.class));
      functions.put("today", ExpressionFunctions.class.getMethod("today"));
      functions.put("now", ExpressionFunctions.class.getMethod("now"));
      functions.put("daysBetween", ExpressionFunctions.class.getMethod("daysBetween", Object.class, Object.class));
      functions.put("isEmpty", ExpressionFunctions.class.getMethod("isEmpty", Object.class));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
    return java.util.Collections.unmodifiableMap(functions);
  }
}
