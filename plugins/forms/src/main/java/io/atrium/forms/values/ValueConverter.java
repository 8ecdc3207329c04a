package io.atrium.forms.values;

import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldOption;
import io.atrium.forms.schema.FieldType;
import io.atrium.forms.schema.FormSchema;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns values from REST (JSON), from a form or an import cell (text) and from other plugins
 * (Java objects) into the canonical Java values of a record, and back to JSON.
 *
 * <table>
 * <caption>Canonical values</caption>
 * <tr><th>field types</th><th>Java value</th></tr>
 * <tr><td>text, textarea, email, phone, url, region, richtext, serial, select, radio</td><td>{@link String}</td></tr>
 * <tr><td>multiselect, checkbox</td><td>{@code List<String>} of option values</td></tr>
 * <tr><td>integer</td><td>{@link Long}</td></tr>
 * <tr><td>decimal, money, percent, formula</td><td>{@link BigDecimal} with the field's scale</td></tr>
 * <tr><td>date, datetime, time</td><td>{@link LocalDate}, {@link Instant}, {@link LocalTime}</td></tr>
 * <tr><td>switch</td><td>{@link Boolean}</td></tr>
 * <tr><td>user, department, lookup</td><td>{@link Long}, or {@code List<Long>} when multiple</td></tr>
 * <tr><td>attachment, image</td><td>{@code List<String>} of blob ids</td></tr>
 * <tr><td>signature</td><td>{@link String} blob id</td></tr>
 * <tr><td>subtable</td><td>{@code List<Map<String, Object>>} of lines in these same values; an existing
 *     line carries its {@link Long} under {@value #LINE_ID}</td></tr>
 * </table>
 *
 * <p>An empty single value is null; an empty multi-valued field or sub-table is an empty list.
 * Text is kept as typed (trimmed on single-line fields): HTML or SQL in it is not special here.
 * Each value that cannot be read adds a problem naming the field and leaves the value out.
 */
public final class ValueConverter {

  /** The key of a line's id in a sub-table line. */
  public static final String LINE_ID = "id";

  private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_LOCAL_TIME;

  private final Locale locale;
  private final ZoneId zone;
  private final Dictionaries dictionaries;

  /**
   * A converter.
   *
   * @param locale language of the problems' messages
   * @param zone the company's time zone: date-times typed without an offset are in it
   * @param dictionaries the shared option dictionaries, to read options typed by their label
   */
  public ValueConverter(Locale locale, ZoneId zone, Dictionaries dictionaries) {
    this.locale = Objects.requireNonNull(locale, "locale");
    this.zone = Objects.requireNonNull(zone, "zone");
    this.dictionaries = Objects.requireNonNull(dictionaries, "dictionaries");
  }

  /** The language of the messages. */
  public Locale locale() {
    return locale;
  }

  /** The time zone of local date-times. */
  public ZoneId zone() {
    return zone;
  }

  /** The values of a JSON object whose keys are field names; a key that is no field is a problem. */
  public Map<String, Object> fromJson(FormSchema schema, JsonObject values, FieldProblems problems) {
    Map<String, Object> result = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> entry : values.entrySet()) {
      Optional<FieldDefinition> field = schema.field(entry.getKey());
      if (field.isEmpty()) {
        problems.add(new FieldPath(entry.getKey(), entry.getKey()), "forms.value.unknownField",
            FieldProblems.quote(entry.getKey()), schema.name(locale));
        continue;
      }
      put(result, field.get(), fromJson(field.get(), entry.getValue(), FieldPath.of(field.get(), locale), problems),
          problems, FieldPath.of(field.get(), locale));
    }
    return result;
  }

  /** The values of a map of field name to Java value (as other plugins pass them); unknown names are problems. */
  public Map<String, Object> fromObjects(FormSchema schema, Map<String, ?> values, FieldProblems problems) {
    Map<String, Object> result = new LinkedHashMap<>();
    for (Map.Entry<String, ?> entry : values.entrySet()) {
      Optional<FieldDefinition> field = schema.field(entry.getKey());
      if (field.isEmpty()) {
        problems.add(new FieldPath(entry.getKey(), entry.getKey()), "forms.value.unknownField",
            FieldProblems.quote(entry.getKey()), schema.name(locale));
        continue;
      }
      FieldPath at = FieldPath.of(field.get(), locale);
      put(result, field.get(), fromObject(field.get(), entry.getValue(), at, problems), problems, at);
    }
    return result;
  }

  private static void put(Map<String, Object> result, FieldDefinition field, Object value, FieldProblems problems,
      FieldPath at) {
    // a value that could not be read stays out, so that an edit does not overwrite the stored one
    if (!problems.has(at.path())) {
      result.put(field.name(), value);
    }
  }

  /** The value of a field from JSON. */
  public Object fromJson(FieldDefinition field, JsonValue value, FieldPath at, FieldProblems problems) {
    return fromObject(field, toJava(value), at, problems);
  }

  /** The value of a field from text typed in a form or an import cell. */
  public Object fromText(FieldDefinition field, String text, FieldPath at, FieldProblems problems) {
    return fromObject(field, text, at, problems);
  }

  /**
   * The value of a field from a Java value: the canonical type, or something that reads as it
   * (any {@link Number}, text, {@code java.util.Date}, {@code OffsetDateTime}, a collection, a JSON value).
   */
  public Object fromObject(FieldDefinition field, Object value, FieldPath at, FieldProblems problems) {
    Object input = value instanceof JsonValue json ? toJava(json) : value;
    if (field.type() == FieldType.SUBTABLE) {
      return lines(field, input, at, problems);
    }
    if (field.multiValued()) {
      return many(field, input, at, problems);
    }
    if (input instanceof Collection<?> collection) {
      if (collection.isEmpty()) {
        return null;
      }
      if (collection.size() == 1) {
        return one(field, collection.iterator().next(), at, problems);
      }
      problems.add(at, "forms.value.notSingle");
      return null;
    }
    return one(field, input, at, problems);
  }

  /** The default value of a field for a new record, or null when it has none or it is not valid. */
  public Object defaultValue(FieldDefinition field) {
    if (field.defaultValue() == null) {
      return field.multiValued() || field.type() == FieldType.SUBTABLE ? List.of() : null;
    }
    FieldProblems ignored = new FieldProblems(locale);
    try (JsonReader reader = Json.createReader(new StringReader(field.defaultValue()))) {
      Object value = fromJson(field, reader.readValue(), FieldPath.of(field, locale), ignored);
      return ignored.isEmpty() ? value : null;
    } catch (JsonException e) {
      return null;
    }
  }

  private List<Object> many(FieldDefinition field, Object input, FieldPath at, FieldProblems problems) {
    List<?> items;
    if (input == null) {
      return List.of();
    } else if (input instanceof Collection<?> collection) {
      items = new ArrayList<>(collection);
    } else if (input instanceof Object[] array) {
      items = List.of(array);
    } else if (input instanceof String text) {
      items = TextParsers.items(text);
    } else {
      items = List.of(input);
    }
    LinkedHashSet<Object> values = new LinkedHashSet<>();
    for (Object item : items) {
      Object converted = one(field, item, at, problems);
      if (converted != null) {
        values.add(converted);
      }
    }
    return List.copyOf(values);
  }

  private Object one(FieldDefinition field, Object input, FieldPath at, FieldProblems problems) {
    if (input == null || input instanceof String s && s.isBlank()) {
      return null;
    }
    return switch (field.type()) {
      case TEXT, TEXTAREA, EMAIL, PHONE, URL, REGION, RICHTEXT, SERIAL -> text(field, input, at, problems);
      case SELECT, RADIO, MULTISELECT, CHECKBOX -> option(field, input, at, problems);
      case INTEGER -> integer(input, at, problems);
      case DECIMAL, MONEY, PERCENT -> decimal(field, input, at, problems);
      case FORMULA -> formulaInput(field, input);
      case DATE -> date(input, at, problems);
      case DATETIME -> dateTime(input, at, problems);
      case TIME -> time(input, at, problems);
      case SWITCH -> yesNo(input, at, problems);
      case USER, DEPARTMENT, LOOKUP -> id(input, at, problems);
      case ATTACHMENT, IMAGE, SIGNATURE -> blobId(input, at, problems);
      case SUBTABLE -> throw new IllegalStateException("sub-tables are read as lines");
    };
  }

  private String text(FieldDefinition field, Object input, FieldPath at, FieldProblems problems) {
    String text;
    if (input instanceof CharSequence chars) {
      text = chars.toString();
    } else if (input instanceof BigDecimal decimal) {
      text = decimal.toPlainString();
    } else if (input instanceof Number || input instanceof Character) {
      text = input.toString();
    } else {
      problems.add(at, "forms.value.notText", FieldProblems.quote(input));
      return null;
    }
    if (field.type() == FieldType.TEXTAREA || field.type() == FieldType.RICHTEXT) {
      text = text.replace("\r\n", "\n").replace('\r', '\n');
      return text.isBlank() ? null : text;
    }
    text = text.strip();
    return text.isEmpty() ? null : text;
  }

  private String option(FieldDefinition field, Object input, FieldPath at, FieldProblems problems) {
    String text = text(field, input, at, problems);
    if (text == null) {
      return null;
    }
    List<FieldOption> options = options(field);
    for (FieldOption option : options) {
      if (option.value().equals(text)) {
        return text;
      }
    }
    for (FieldOption option : options) {
      for (String label : option.label().byLanguage().values()) {
        if (label.strip().equalsIgnoreCase(text)) {
          return option.value();
        }
      }
    }
    // not one of the options: validation says so with the options listed
    return text;
  }

  /** The options of an option field: inline, or from its dictionary; empty when unknown. */
  public List<FieldOption> options(FieldDefinition field) {
    if (!field.options().isEmpty() || field.dictionary() == null) {
      return field.options();
    }
    return dictionaries.options(field.dictionary()).orElse(List.of());
  }

  /** Whether the options of the field are known, so that values can be checked against them. */
  public boolean optionsKnown(FieldDefinition field) {
    return !field.options().isEmpty() || field.dictionary() != null
        && dictionaries.options(field.dictionary()).isPresent();
  }

  private Long integer(Object input, FieldPath at, FieldProblems problems) {
    Optional<Long> value;
    if (input instanceof Long || input instanceof Integer || input instanceof Short || input instanceof Byte) {
      value = Optional.of(((Number) input).longValue());
    } else if (input instanceof Number number) {
      value = decimalOf(number).flatMap(TextParsers::exactLong);
    } else if (input instanceof String text) {
      value = TextParsers.integer(text);
    } else {
      value = Optional.empty();
    }
    if (value.isEmpty()) {
      problems.add(at, "forms.value.notInteger", FieldProblems.quote(input));
      return null;
    }
    return value.get();
  }

  private BigDecimal decimal(FieldDefinition field, Object input, FieldPath at, FieldProblems problems) {
    Optional<BigDecimal> value;
    if (input instanceof Number number) {
      value = decimalOf(number);
    } else if (input instanceof String text) {
      value = TextParsers.decimal(withoutUnit(field, text));
    } else {
      value = Optional.empty();
    }
    if (value.isEmpty()) {
      problems.add(at, "forms.value.notNumber", FieldProblems.quote(input));
      return null;
    }
    return withScale(value.get(), field.effectiveScale());
  }

  private BigDecimal formulaInput(FieldDefinition field, Object input) {
    // formulas are computed by validation; what a client sends is read if it can be, never refused
    Optional<BigDecimal> value = input instanceof Number number ? decimalOf(number)
        : input instanceof String text ? TextParsers.decimal(text) : Optional.empty();
    return value.map(v -> withScale(v, field.effectiveScale())).orElse(null);
  }

  private static String withoutUnit(FieldDefinition field, String text) {
    String s = TextParsers.normalize(text);
    if (field.type() == FieldType.PERCENT && s.endsWith("%")) {
      return s.substring(0, s.length() - 1);
    }
    if (field.type() == FieldType.MONEY) {
      String currency = field.effectiveCurrency();
      if (s.toUpperCase(Locale.ROOT).startsWith(currency)) {
        s = s.substring(currency.length());
      } else if (s.toUpperCase(Locale.ROOT).endsWith(currency)) {
        s = s.substring(0, s.length() - currency.length());
      }
      s = s.strip();
      String symbol = symbol(currency);
      if (symbol != null && s.startsWith(symbol)) {
        s = s.substring(symbol.length());
      }
      if (s.endsWith("元") && ("CNY".equals(currency) || "JPY".equals(currency))) {
        s = s.substring(0, s.length() - 1);
      }
    }
    return s;
  }

  private static String symbol(String currency) {
    return switch (currency) {
      // NFKC has turned the full-width ￥ into ¥ already
      case "CNY", "JPY" -> "¥";
      case "USD", "HKD", "TWD", "SGD", "AUD", "CAD" -> "$";
      case "EUR" -> "€";
      case "GBP" -> "£";
      default -> null;
    };
  }

  /** A decimal with at least the given scale: {@code 12} becomes {@code 12.00}; more digits stay for validation. */
  public static BigDecimal withScale(BigDecimal value, Integer scale) {
    if (scale == null) {
      return value;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() < 0) {
      stripped = stripped.setScale(0);
    }
    return stripped.scale() <= scale ? stripped.setScale(scale) : stripped;
  }

  private static Optional<BigDecimal> decimalOf(Number number) {
    if (number instanceof BigDecimal decimal) {
      return Optional.of(decimal);
    }
    if (number instanceof BigInteger whole) {
      return Optional.of(new BigDecimal(whole));
    }
    if (number instanceof Double || number instanceof Float) {
      double d = number.doubleValue();
      return Double.isFinite(d) ? Optional.of(BigDecimal.valueOf(d)) : Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(number.longValue()));
  }

  private LocalDate date(Object input, FieldPath at, FieldProblems problems) {
    Optional<LocalDate> value;
    if (input instanceof LocalDate d) {
      value = Optional.of(d);
    } else if (input instanceof LocalDateTime dt) {
      value = Optional.of(dt.toLocalDate());
    } else if (input instanceof java.sql.Date d) {
      value = Optional.of(d.toLocalDate());
    } else if (input instanceof Date d) {
      value = Optional.of(d.toInstant().atZone(zone).toLocalDate());
    } else if (input instanceof Instant i) {
      value = Optional.of(i.atZone(zone).toLocalDate());
    } else if (input instanceof OffsetDateTime o) {
      value = Optional.of(o.toLocalDate());
    } else if (input instanceof ZonedDateTime z) {
      value = Optional.of(z.toLocalDate());
    } else if (input instanceof String text) {
      value = TextParsers.date(text);
    } else if (input instanceof Number n) {
      value = decimalOf(n).flatMap(d -> TextParsers.date(d.toPlainString()));
    } else {
      value = Optional.empty();
    }
    if (value.isEmpty()) {
      problems.add(at, "forms.value.notDate", FieldProblems.quote(input));
      return null;
    }
    return value.get();
  }

  private Instant dateTime(Object input, FieldPath at, FieldProblems problems) {
    Optional<Instant> value;
    if (input instanceof Instant i) {
      value = Optional.of(i);
    } else if (input instanceof OffsetDateTime o) {
      value = Optional.of(o.toInstant());
    } else if (input instanceof ZonedDateTime z) {
      value = Optional.of(z.toInstant());
    } else if (input instanceof LocalDateTime dt) {
      value = Optional.of(dt.atZone(zone).toInstant());
    } else if (input instanceof LocalDate d) {
      value = Optional.of(d.atStartOfDay(zone).toInstant());
    } else if (input instanceof Date d) {
      value = Optional.of(d.toInstant());
    } else if (input instanceof String text) {
      value = TextParsers.dateTime(text, zone);
    } else if (input instanceof Number n) {
      value = decimalOf(n).flatMap(d -> TextParsers.dateTime(d.toPlainString(), zone));
    } else {
      value = Optional.empty();
    }
    if (value.isEmpty()) {
      problems.add(at, "forms.value.notDateTime", FieldProblems.quote(input));
      return null;
    }
    return value.get();
  }

  private LocalTime time(Object input, FieldPath at, FieldProblems problems) {
    Optional<LocalTime> value;
    if (input instanceof LocalTime t) {
      value = Optional.of(t);
    } else if (input instanceof LocalDateTime dt) {
      value = Optional.of(dt.toLocalTime());
    } else if (input instanceof String text) {
      value = TextParsers.time(text);
    } else {
      value = Optional.empty();
    }
    if (value.isEmpty()) {
      problems.add(at, "forms.value.notTime", FieldProblems.quote(input));
      return null;
    }
    return value.get();
  }

  private Boolean yesNo(Object input, FieldPath at, FieldProblems problems) {
    Optional<Boolean> value;
    if (input instanceof Boolean b) {
      value = Optional.of(b);
    } else if (input instanceof String text) {
      value = TextParsers.yesNo(text);
    } else if (input instanceof Number n) {
      value = decimalOf(n).flatMap(TextParsers::exactLong).filter(l -> l == 0 || l == 1).map(l -> l == 1);
    } else {
      value = Optional.empty();
    }
    if (value.isEmpty()) {
      problems.add(at, "forms.value.notSwitch", FieldProblems.quote(input));
      return null;
    }
    return value.get();
  }

  private Long id(Object input, FieldPath at, FieldProblems problems) {
    Object raw = input instanceof Map<?, ?> map ? map.get(LINE_ID) : input;
    Optional<Long> value;
    if (raw instanceof Number n) {
      value = decimalOf(n).flatMap(TextParsers::exactLong);
    } else if (raw instanceof String text) {
      value = TextParsers.integer(text);
    } else {
      value = Optional.empty();
    }
    if (value.isEmpty() || value.get() < 1) {
      problems.add(at, "forms.value.notId", FieldProblems.quote(input));
      return null;
    }
    return value.get();
  }

  private String blobId(Object input, FieldPath at, FieldProblems problems) {
    Object raw = input instanceof Map<?, ?> map ? map.get(LINE_ID) : input;
    if (!(raw instanceof String text) || text.isBlank()) {
      problems.add(at, "forms.value.notBlob", FieldProblems.quote(input));
      return null;
    }
    return text.strip();
  }

  private List<Map<String, Object>> lines(FieldDefinition field, Object input, FieldPath at, FieldProblems problems) {
    Object raw = input;
    if (raw instanceof String text) {
      raw = parseJsonText(text);
      if (raw == null) {
        problems.add(at, "forms.value.notLines", FieldProblems.quote(text));
        return List.of();
      }
    }
    if (raw == null) {
      return List.of();
    }
    if (!(raw instanceof Collection<?> collection)) {
      problems.add(at, "forms.value.notLines", FieldProblems.quote(raw));
      return List.of();
    }
    List<Map<String, Object>> lines = new ArrayList<>();
    int index = 0;
    for (Object item : collection) {
      if (!(item instanceof Map<?, ?> line)) {
        problems.add(at.lineItself(index, locale), "forms.value.notLine", FieldProblems.quote(item));
        index++;
        continue;
      }
      Map<String, Object> converted = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : line.entrySet()) {
        String key = String.valueOf(entry.getKey());
        if (LINE_ID.equals(key)) {
          if (entry.getValue() != null) {
            Long id = id(entry.getValue(), at.lineKey(index, LINE_ID, locale), problems);
            if (id != null) {
              converted.put(LINE_ID, id);
            }
          }
          continue;
        }
        Optional<FieldDefinition> lineField = field.lineField(key);
        if (lineField.isEmpty()) {
          problems.add(at.lineKey(index, key, locale), "forms.value.unknownLineField", FieldProblems.quote(key),
              at.label());
          continue;
        }
        FieldPath lineAt = at.line(index, lineField.get(), locale);
        Object value = fromObject(lineField.get(), entry.getValue(), lineAt, problems);
        if (!problems.has(lineAt.path())) {
          converted.put(key, value);
        }
      }
      lines.add(converted);
      index++;
    }
    return lines;
  }

  private static Object parseJsonText(String text) {
    String s = text.strip();
    if (!s.startsWith("[")) {
      return null;
    }
    try (JsonReader reader = Json.createReader(new StringReader(s))) {
      return toJava(reader.readValue());
    } catch (JsonException e) {
      return null;
    }
  }

  /** A JSON value as plain Java: text, {@link BigDecimal}, {@link Boolean}, null, lists and maps. */
  public static Object toJava(JsonValue value) {
    if (value == null) {
      return null;
    }
    return switch (value.getValueType()) {
      case NULL -> null;
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> ((JsonNumber) value).bigDecimalValue();
      case ARRAY -> {
        List<Object> list = new ArrayList<>();
        for (JsonValue item : (JsonArray) value) {
          list.add(toJava(item));
        }
        yield list;
      }
      case OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        ((JsonObject) value).forEach((k, v) -> map.put(k, toJava(v)));
        yield map;
      }
    };
  }

  /** The values as a JSON object, every field of the schema in order (empty ones as null or []). */
  public JsonObject toJson(FormSchema schema, Map<String, ?> values) {
    JsonObjectBuilder out = Json.createObjectBuilder();
    for (FieldDefinition field : schema.fields()) {
      out.add(field.name(), toJson(field, values.get(field.name())));
    }
    return out.build();
  }

  /**
   * A canonical value as JSON: numbers as JSON numbers, dates, date-times (UTC, {@code Z}) and
   * times as ISO-8601 text, lists as arrays, lines as objects.
   */
  public JsonValue toJson(FieldDefinition field, Object value) {
    if (field.type() == FieldType.SUBTABLE) {
      JsonArrayBuilder lines = Json.createArrayBuilder();
      if (value instanceof Collection<?> collection) {
        for (Object item : collection) {
          if (item instanceof Map<?, ?> line) {
            JsonObjectBuilder out = Json.createObjectBuilder();
            if (line.get(LINE_ID) != null) {
              out.add(LINE_ID, scalar(line.get(LINE_ID)));
            }
            for (FieldDefinition lineField : field.fields()) {
              out.add(lineField.name(), toJson(lineField, line.get(lineField.name())));
            }
            lines.add(out);
          }
        }
      }
      return lines.build();
    }
    if (field.multiValued()) {
      JsonArrayBuilder items = Json.createArrayBuilder();
      if (value instanceof Collection<?> collection) {
        collection.forEach(item -> items.add(scalar(item)));
      }
      return items.build();
    }
    return scalar(value);
  }

  private static JsonValue scalar(Object value) {
    if (value == null) {
      return JsonValue.NULL;
    } else if (value instanceof String text) {
      return Json.createValue(text);
    } else if (value instanceof Boolean b) {
      return b ? JsonValue.TRUE : JsonValue.FALSE;
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      return Json.createValue(((Number) value).longValue());
    } else if (value instanceof BigDecimal decimal) {
      return Json.createValue(decimal);
    } else if (value instanceof BigInteger whole) {
      return Json.createValue(whole);
    } else if (value instanceof Number n) {
      return Json.createValue(decimalOf(n).orElse(BigDecimal.ZERO));
    } else if (value instanceof LocalTime t) {
      return Json.createValue(TIME.format(t));
    }
    // LocalDate and Instant print as ISO-8601
    return Json.createValue(value.toString());
  }
}
