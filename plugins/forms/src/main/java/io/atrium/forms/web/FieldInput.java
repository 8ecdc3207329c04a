package io.atrium.forms.web;

import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldType;
import jakarta.servlet.http.Part;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a user enters into one field on the fill page, in the Java type its input component needs
 * (a date picker a {@link LocalDate}, a number input a {@link BigDecimal}, ...), and the JSON-like
 * value {@code FormRecords} takes.
 */
public final class FieldInput {

  private final FieldDefinition field;
  private final ZoneId zone;
  private boolean readOnly;
  private String text;
  private BigDecimal number;
  private LocalDate date;
  private LocalDateTime dateTime;
  private LocalTime time;
  private Boolean bool;
  private List<String> list = new ArrayList<>();
  private List<String> files = new ArrayList<>();
  private Collection<Part> uploads;
  private String province;
  private String city;
  private String district;
  private String signatureData;
  private final List<Line> lines = new ArrayList<>();

  /** An empty input for a field; dates and times are read in the company's zone. */
  public FieldInput(FieldDefinition field, ZoneId zone) {
    this.field = field;
    this.zone = zone;
  }

  /** One line of a sub-table: an input per line field. */
  public static final class Line {
    private final Map<String, FieldInput> inputs = new LinkedHashMap<>();

    /** A line with empty inputs for the sub-table's fields. */
    Line(List<FieldDefinition> fields, ZoneId zone) {
      fields.forEach(f -> inputs.put(f.name(), new FieldInput(f, zone)));
    }

    /** The inputs by line field name. */
    public Map<String, FieldInput> getInputs() {
      return inputs;
    }

    Map<String, Object> value() {
      Map<String, Object> values = new LinkedHashMap<>();
      inputs.forEach((name, input) -> {
        if (!input.field.type().computed()) {
          values.put(name, input.value());
        }
      });
      return values;
    }
  }

  public FieldDefinition getField() {
    return field;
  }

  /** The field's name. */
  public String getName() {
    return field.name();
  }

  /** The JSON name of its type, which the view switches on. */
  public String getType() {
    return field.type().jsonName();
  }

  /** The DOM id of the input, unique on the page for top-level fields. */
  public String getDomId() {
    return "f_" + field.name();
  }

  /** Layout columns it spans. */
  public int getSpan() {
    return field.span();
  }

  /** Whether the caller may only read it (field access, or a computed field). */
  public boolean isReadOnly() {
    return readOnly || field.type().computed();
  }

  void setReadOnly(boolean readOnly) {
    this.readOnly = readOnly;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public BigDecimal getNumber() {
    return number;
  }

  public void setNumber(BigDecimal number) {
    this.number = number;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public LocalDateTime getDateTime() {
    return dateTime;
  }

  public void setDateTime(LocalDateTime dateTime) {
    this.dateTime = dateTime;
  }

  public LocalTime getTime() {
    return time;
  }

  public void setTime(LocalTime time) {
    this.time = time;
  }

  public Boolean getBool() {
    return bool;
  }

  public void setBool(Boolean bool) {
    this.bool = bool;
  }

  /** Chosen values of a multi-valued field (option values, or ids as text). */
  public List<String> getList() {
    return list;
  }

  public void setList(List<String> list) {
    this.list = list == null ? new ArrayList<>() : new ArrayList<>(list);
  }

  /** Blob ids of the files already attached. */
  public List<String> getFiles() {
    return files;
  }

  /** Files chosen in this request, stored on save. */
  public Collection<Part> getUploads() {
    return uploads;
  }

  public void setUploads(Collection<Part> uploads) {
    this.uploads = uploads;
  }

  public String getProvince() {
    return province;
  }

  /** Sets the province; a different one clears city and district (the form posts all three each time). */
  public void setProvince(String province) {
    if (!java.util.Objects.equals(this.province, province)) {
      this.city = null;
      this.district = null;
    }
    this.province = province;
  }

  public String getCity() {
    return city;
  }

  /** Sets the city; a different one clears the district. */
  public void setCity(String city) {
    if (!java.util.Objects.equals(this.city, city)) {
      this.district = null;
    }
    this.city = city;
  }

  public String getDistrict() {
    return district;
  }

  public void setDistrict(String district) {
    this.district = district;
  }

  /** The signature as drawn: a PNG data URL, stored on save. */
  public String getSignatureData() {
    return signatureData;
  }

  public void setSignatureData(String signatureData) {
    this.signatureData = signatureData;
  }

  /** The lines of a sub-table. */
  public List<Line> getLines() {
    return lines;
  }

  /** Adds an empty line to a sub-table. */
  public void addLine() {
    lines.add(new Line(field.fields(), zone));
  }

  /** Removes a line of a sub-table. */
  public void removeLine(Line line) {
    lines.remove(line);
  }

  /** The value for {@code FormRecords}: text, numbers, booleans, lists and maps. */
  public Object value() {
    FieldType type = field.type();
    return switch (type) {
      case TEXT, TEXTAREA, EMAIL, PHONE, URL, RICHTEXT, SELECT, RADIO -> blank(text) ? null : text;
      case INTEGER, DECIMAL, MONEY, PERCENT -> number;
      case DATE -> date == null ? null : date.toString();
      case DATETIME -> dateTime == null ? null : dateTime.atZone(zone).toInstant().toString();
      case TIME -> time == null ? null : time.toString();
      case MULTISELECT, CHECKBOX -> List.copyOf(list);
      case SWITCH -> Boolean.TRUE.equals(bool);
      case USER, DEPARTMENT, LOOKUP -> field.multiple() ? ids(list) : id(text);
      case REGION -> region();
      case ATTACHMENT, IMAGE -> List.copyOf(files);
      case SIGNATURE -> blank(text) ? null : text;
      case SERIAL, FORMULA -> null;
      case SUBTABLE -> lines.stream().map(Line::value).toList();
    };
  }

  /** Takes a stored value (canonical Java, or JSON-like) into the input. */
  public void setValue(Object value) {
    if (value == null) {
      return;
    }
    FieldType type = field.type();
    switch (type) {
      case INTEGER, DECIMAL, MONEY, PERCENT, FORMULA -> number = decimal(value);
      case DATE -> date = value instanceof LocalDate d ? d : parse(() -> LocalDate.parse(value.toString()));
      case DATETIME -> dateTime = value instanceof Instant i ? LocalDateTime.ofInstant(i, zone)
          : parse(() -> LocalDateTime.ofInstant(Instant.parse(value.toString()), zone));
      case TIME -> time = value instanceof LocalTime t ? t : parse(() -> LocalTime.parse(value.toString()));
      case SWITCH -> bool = value instanceof Boolean b ? b : Boolean.valueOf(value.toString());
      case MULTISELECT, CHECKBOX -> list = strings(value);
      case USER, DEPARTMENT, LOOKUP -> {
        if (field.multiple()) {
          list = strings(value);
        } else {
          text = value instanceof Collection<?> c ? (c.isEmpty() ? null : String.valueOf(c.iterator().next()))
              : value.toString();
        }
      }
      case ATTACHMENT, IMAGE -> files = strings(value);
      case REGION -> {
        String[] parts = value.toString().split("/");
        province = parts.length > 0 ? parts[0] : null;
        city = parts.length > 1 ? parts[1] : null;
        district = parts.length > 2 ? parts[2] : null;
      }
      case SUBTABLE -> {
        lines.clear();
        if (value instanceof Collection<?> rows) {
          for (Object row : rows) {
            Line line = new Line(field.fields(), zone);
            if (row instanceof Map<?, ?> cells) {
              line.inputs.forEach((name, input) -> input.setValue(cells.get(name)));
            }
            lines.add(line);
          }
        }
      }
      default -> text = value.toString();
    }
  }

  /**
   * Takes the field's default value, JSON text such as {@code "CNY"}, {@code 0} or {@code true}
   * (or the bare text a designer typed).
   */
  public void applyDefault() {
    String json = field.defaultValue();
    if (json == null || json.isBlank()) {
      return;
    }
    String plain = json.strip();
    Object value = plain;
    if (plain.length() >= 2 && plain.startsWith("\"") && plain.endsWith("\"")) {
      value = plain.substring(1, plain.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    } else if (plain.equals("true") || plain.equals("false")) {
      value = Boolean.valueOf(plain);
    }
    try {
      setValue(value);
    } catch (RuntimeException e) {
      // a default that does not fit leaves the input empty; the designer's save reports it
    }
  }

  private String region() {
    List<String> parts = new ArrayList<>();
    for (String part : new String[] {province, city, district}) {
      if (blank(part)) {
        break;
      }
      parts.add(part);
    }
    return parts.isEmpty() ? null : String.join("/", parts);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static Long id(String text) {
    if (blank(text)) {
      return null;
    }
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static List<Long> ids(List<String> texts) {
    List<Long> ids = new ArrayList<>();
    for (String text : texts) {
      Long id = id(text);
      if (id != null) {
        ids.add(id);
      }
    }
    return ids;
  }

  private static List<String> strings(Object value) {
    List<String> strings = new ArrayList<>();
    if (value instanceof Collection<?> values) {
      values.forEach(v -> strings.add(String.valueOf(v)));
    } else {
      strings.add(value.toString());
    }
    return strings;
  }

  private static BigDecimal decimal(Object value) {
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    try {
      return new BigDecimal(value.toString().strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static <T> T parse(java.util.function.Supplier<T> parser) {
    try {
      return parser.get();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
