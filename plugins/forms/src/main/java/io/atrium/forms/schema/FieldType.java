package io.atrium.forms.schema;

import io.atrium.sdk.record.RecordFieldType;

/**
 * The kinds of field a designer offers, with the JSON name used in schemas and the kind of value
 * other plugins see through the record source.
 */
public enum FieldType {
  /** Single-line text. */
  TEXT("text", RecordFieldType.TEXT),
  /** Multi-line text. */
  TEXTAREA("textarea", RecordFieldType.TEXT),
  /** Whole number. */
  INTEGER("integer", RecordFieldType.INTEGER),
  /** Decimal number with {@code scale} digits after the point. */
  DECIMAL("decimal", RecordFieldType.DECIMAL),
  /** Amount with a currency (ISO 4217, {@code CNY} by default). */
  MONEY("money", RecordFieldType.DECIMAL),
  /** Percentage, stored as the number shown (12.5 means 12.5 %). */
  PERCENT("percent", RecordFieldType.DECIMAL),
  /** Calendar date. */
  DATE("date", RecordFieldType.DATE),
  /** Date and time, stored as an instant, shown in the company's time zone. */
  DATETIME("datetime", RecordFieldType.DATETIME),
  /** Time of day. */
  TIME("time", RecordFieldType.TIME),
  /** One of the options, from a drop-down. */
  SELECT("select", RecordFieldType.TEXT),
  /** Several of the options, from a drop-down. */
  MULTISELECT("multiselect", RecordFieldType.TEXT, true),
  /** One of the options, as radio buttons. */
  RADIO("radio", RecordFieldType.TEXT),
  /** Several of the options, as check boxes. */
  CHECKBOX("checkbox", RecordFieldType.TEXT, true),
  /** Yes or no. */
  SWITCH("switch", RecordFieldType.BOOLEAN),
  /** A user, or several when {@code multiple}. */
  USER("user", RecordFieldType.USER),
  /** A department, or several when {@code multiple}. */
  DEPARTMENT("department", RecordFieldType.DEPARTMENT),
  /** E-mail address. */
  EMAIL("email", RecordFieldType.TEXT),
  /** Phone number: mainland mobile or international ({@code phoneKind}). */
  PHONE("phone", RecordFieldType.TEXT),
  /** Web address (http or https). */
  URL("url", RecordFieldType.TEXT),
  /** Province / city / district, stored as the region codes joined by {@code /}. */
  REGION("region", RecordFieldType.TEXT),
  /** Files in the blob store. */
  ATTACHMENT("attachment", RecordFieldType.FILE, true),
  /** Images in the blob store. */
  IMAGE("image", RecordFieldType.FILE, true),
  /** Formatted text, sanitised HTML. */
  RICHTEXT("richtext", RecordFieldType.TEXT),
  /** Number generated on submit from {@code serialPattern}, unique and gap-free per period. */
  SERIAL("serial", RecordFieldType.TEXT),
  /** Value computed from other fields by {@code formula} (Jakarta EL); read-only. */
  FORMULA("formula", RecordFieldType.DECIMAL),
  /** Record(s) of another form ({@code lookupForm}), shown by {@code lookupDisplayField}. */
  LOOKUP("lookup", RecordFieldType.REFERENCE),
  /** Line items with their own fields (明细表), in a child table. */
  SUBTABLE("subtable", RecordFieldType.ITEMS),
  /** Handwritten signature, a PNG in the blob store. */
  SIGNATURE("signature", RecordFieldType.FILE);

  private final String jsonName;
  private final RecordFieldType valueType;
  private final boolean alwaysMultiple;

  FieldType(String jsonName, RecordFieldType valueType) {
    this(jsonName, valueType, false);
  }

  FieldType(String jsonName, RecordFieldType valueType, boolean alwaysMultiple) {
    this.jsonName = jsonName;
    this.valueType = valueType;
    this.alwaysMultiple = alwaysMultiple;
  }

  /** The name in schema JSON, e.g. {@code multiselect}. */
  public String jsonName() {
    return jsonName;
  }

  /** The kind of value the record source reports. */
  public RecordFieldType valueType() {
    return valueType;
  }

  /** Whether a value is always a list (check boxes, attachments). */
  public boolean alwaysMultiple() {
    return alwaysMultiple;
  }

  /** Whether the field takes its options from {@code options} or a dictionary. */
  public boolean hasOptions() {
    return this == SELECT || this == MULTISELECT || this == RADIO || this == CHECKBOX;
  }

  /** Whether users never type the value: it is computed or generated. */
  public boolean computed() {
    return this == FORMULA || this == SERIAL;
  }

  /** Whether the value is text typed or chosen by users and stored as a {@link String}. */
  public boolean textual() {
    return valueType == RecordFieldType.TEXT && this != MULTISELECT && this != CHECKBOX;
  }

  /** Whether the value is a {@link java.math.BigDecimal} with a scale. */
  public boolean decimal() {
    return this == DECIMAL || this == MONEY || this == PERCENT || this == FORMULA;
  }

  /** Whether the value is a number: an integer or a decimal. */
  public boolean numeric() {
    return this == INTEGER || decimal();
  }

  /** Whether the value refers to files in the blob store. */
  public boolean files() {
    return valueType == RecordFieldType.FILE;
  }

  /** Whether {@code minLength}, {@code maxLength} and a {@code pattern} may be set. */
  public boolean lengthLimited() {
    return this == TEXT || this == TEXTAREA || this == RICHTEXT;
  }

  /**
   * The most characters a value may have when the field sets no {@code maxLength}, or null for
   * values that are not text; the storage sizes columns by {@link FieldDefinition#effectiveMaxLength()}.
   */
  public Integer defaultMaxLength() {
    return switch (this) {
      case TEXT -> 200;
      case TEXTAREA -> 4000;
      case RICHTEXT -> 100_000;
      case EMAIL -> 254;
      case URL -> 2048;
      case PHONE -> 32;
      case REGION -> 64;
      case SERIAL -> 64;
      case SELECT, RADIO, MULTISELECT, CHECKBOX -> FieldOption.MAX_VALUE_LENGTH;
      default -> null;
    };
  }

  /** The largest {@code maxLength} a designer may set, or null where it cannot be set. */
  public Integer maxMaxLength() {
    return switch (this) {
      case TEXT -> 2000;
      case TEXTAREA -> 100_000;
      case RICHTEXT -> 1_000_000;
      default -> null;
    };
  }

  /** The type with that JSON name. */
  public static java.util.Optional<FieldType> ofJsonName(String name) {
    for (FieldType type : values()) {
      if (type.jsonName.equals(name)) {
        return java.util.Optional.of(type);
      }
    }
    return java.util.Optional.empty();
  }
}
