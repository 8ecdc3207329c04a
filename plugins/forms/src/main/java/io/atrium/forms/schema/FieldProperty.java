package io.atrium.forms.schema;

import static io.atrium.forms.schema.FieldType.ATTACHMENT;
import static io.atrium.forms.schema.FieldType.DECIMAL;
import static io.atrium.forms.schema.FieldType.DEPARTMENT;
import static io.atrium.forms.schema.FieldType.EMAIL;
import static io.atrium.forms.schema.FieldType.FORMULA;
import static io.atrium.forms.schema.FieldType.IMAGE;
import static io.atrium.forms.schema.FieldType.INTEGER;
import static io.atrium.forms.schema.FieldType.LOOKUP;
import static io.atrium.forms.schema.FieldType.MONEY;
import static io.atrium.forms.schema.FieldType.PERCENT;
import static io.atrium.forms.schema.FieldType.PHONE;
import static io.atrium.forms.schema.FieldType.REGION;
import static io.atrium.forms.schema.FieldType.RICHTEXT;
import static io.atrium.forms.schema.FieldType.SERIAL;
import static io.atrium.forms.schema.FieldType.SIGNATURE;
import static io.atrium.forms.schema.FieldType.SUBTABLE;
import static io.atrium.forms.schema.FieldType.TEXT;
import static io.atrium.forms.schema.FieldType.TEXTAREA;
import static io.atrium.forms.schema.FieldType.URL;
import static io.atrium.forms.schema.FieldType.USER;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The properties of a {@link FieldDefinition}, with their JSON name (the record component's name)
 * and the field types they apply to. The JSON codec writes, reads and refuses properties by this
 * table; the version diff compares them.
 */
public enum FieldProperty {
  /** {@link FieldDefinition#id()}. */
  ID("id", FieldDefinition::id, all()),
  /** {@link FieldDefinition#name()}. */
  NAME("name", FieldDefinition::name, all()),
  /** {@link FieldDefinition#type()}. */
  TYPE("type", FieldDefinition::type, all()),
  /** {@link FieldDefinition#label()}. */
  LABEL("label", FieldDefinition::label, all()),
  /** {@link FieldDefinition#help()}. */
  HELP("help", FieldDefinition::help, all()),
  /** {@link FieldDefinition#placeholder()}. */
  PLACEHOLDER("placeholder", FieldDefinition::placeholder, except(FieldType.SWITCH, FieldType.RADIO,
      FieldType.CHECKBOX, ATTACHMENT, IMAGE, SIGNATURE, SERIAL, FORMULA, SUBTABLE)),
  /** {@link FieldDefinition#required()}. */
  REQUIRED("required", FieldDefinition::required, except(SERIAL, FORMULA)),
  /** {@link FieldDefinition#unique()}. */
  UNIQUE("unique", FieldDefinition::unique, EnumSet.of(TEXT, INTEGER, DECIMAL, MONEY, EMAIL, PHONE, URL)),
  /** {@link FieldDefinition#filterable()}. */
  FILTERABLE("filterable", FieldDefinition::filterable, except(TEXTAREA, RICHTEXT, ATTACHMENT, IMAGE, SIGNATURE,
      SUBTABLE)),
  /** {@link FieldDefinition#span()}. */
  SPAN("span", FieldDefinition::span, all()),
  /** {@link FieldDefinition#defaultValue()}. */
  DEFAULT_VALUE("defaultValue", FieldDefinition::defaultValue, except(SERIAL, FORMULA, ATTACHMENT, IMAGE, SIGNATURE,
      SUBTABLE)),
  /** {@link FieldDefinition#minLength()}. */
  MIN_LENGTH("minLength", FieldDefinition::minLength, EnumSet.of(TEXT, TEXTAREA, RICHTEXT)),
  /** {@link FieldDefinition#maxLength()}. */
  MAX_LENGTH("maxLength", FieldDefinition::maxLength, EnumSet.of(TEXT, TEXTAREA, RICHTEXT)),
  /** {@link FieldDefinition#pattern()}. */
  PATTERN("pattern", FieldDefinition::pattern, EnumSet.of(TEXT, TEXTAREA)),
  /** {@link FieldDefinition#patternMessage()}. */
  PATTERN_MESSAGE("patternMessage", FieldDefinition::patternMessage, EnumSet.of(TEXT, TEXTAREA)),
  /** {@link FieldDefinition#min()}. */
  MIN("min", FieldDefinition::min, EnumSet.of(INTEGER, DECIMAL, MONEY, PERCENT)),
  /** {@link FieldDefinition#max()}. */
  MAX("max", FieldDefinition::max, EnumSet.of(INTEGER, DECIMAL, MONEY, PERCENT)),
  /** {@link FieldDefinition#scale()}. */
  SCALE("scale", FieldDefinition::scale, EnumSet.of(DECIMAL, MONEY, PERCENT, FORMULA)),
  /** {@link FieldDefinition#currency()}. */
  CURRENCY("currency", FieldDefinition::currency, EnumSet.of(MONEY)),
  /** {@link FieldDefinition#options()}. */
  OPTIONS("options", FieldDefinition::options, optionTypes()),
  /** {@link FieldDefinition#dictionary()}. */
  DICTIONARY("dictionary", FieldDefinition::dictionary, optionTypes()),
  /** {@link FieldDefinition#multiple()}. */
  MULTIPLE("multiple", FieldDefinition::multiple, EnumSet.of(USER, DEPARTMENT, LOOKUP)),
  /** {@link FieldDefinition#phoneKind()}. */
  PHONE_KIND("phoneKind", FieldDefinition::phoneKind, EnumSet.of(PHONE)),
  /** {@link FieldDefinition#regionLevel()}. */
  REGION_LEVEL("regionLevel", FieldDefinition::regionLevel, EnumSet.of(REGION)),
  /** {@link FieldDefinition#maxFiles()}. */
  MAX_FILES("maxFiles", FieldDefinition::maxFiles, EnumSet.of(ATTACHMENT, IMAGE)),
  /** {@link FieldDefinition#maxFileBytes()}. */
  MAX_FILE_BYTES("maxFileBytes", FieldDefinition::maxFileBytes, EnumSet.of(ATTACHMENT, IMAGE, SIGNATURE)),
  /** {@link FieldDefinition#mediaTypes()}. */
  MEDIA_TYPES("mediaTypes", FieldDefinition::mediaTypes, EnumSet.of(ATTACHMENT, IMAGE)),
  /** {@link FieldDefinition#serialPattern()}. */
  SERIAL_PATTERN("serialPattern", FieldDefinition::serialPattern, EnumSet.of(SERIAL)),
  /** {@link FieldDefinition#formula()}. */
  FORMULA_TEXT("formula", FieldDefinition::formula, EnumSet.of(FORMULA)),
  /** {@link FieldDefinition#lookupForm()}. */
  LOOKUP_FORM("lookupForm", FieldDefinition::lookupForm, EnumSet.of(LOOKUP)),
  /** {@link FieldDefinition#lookupDisplayField()}. */
  LOOKUP_DISPLAY_FIELD("lookupDisplayField", FieldDefinition::lookupDisplayField, EnumSet.of(LOOKUP)),
  /** {@link FieldDefinition#fields()}. */
  FIELDS("fields", FieldDefinition::fields, EnumSet.of(SUBTABLE));

  private final String jsonName;
  private final Function<FieldDefinition, Object> getter;
  private final Set<FieldType> types;

  FieldProperty(String jsonName, Function<FieldDefinition, Object> getter, Set<FieldType> types) {
    this.jsonName = jsonName;
    this.getter = getter;
    this.types = types;
  }

  /** The name in schema JSON, equal to the record component's name. */
  public String jsonName() {
    return jsonName;
  }

  /** Whether the property means something for fields of the type. */
  public boolean appliesTo(FieldType type) {
    return types.contains(type);
  }

  /** The property's value in a field, as the record holds it. */
  public Object get(FieldDefinition field) {
    return getter.apply(field);
  }

  /**
   * Whether the field holds the default of this property: null, false, empty, or a span of 1 —
   * what the JSON writer leaves out.
   */
  public boolean isDefault(FieldDefinition field) {
    Object value = get(field);
    if (value == null || Boolean.FALSE.equals(value)) {
      return true;
    }
    if (this == SPAN) {
      return Integer.valueOf(1).equals(value);
    }
    return value instanceof java.util.Collection<?> c && c.isEmpty();
  }

  /** The property with that JSON name. */
  public static Optional<FieldProperty> ofJsonName(String name) {
    return Arrays.stream(values()).filter(p -> p.jsonName.equals(name)).findFirst();
  }

  private static Set<FieldType> all() {
    return EnumSet.allOf(FieldType.class);
  }

  private static Set<FieldType> except(FieldType first, FieldType... rest) {
    return EnumSet.complementOf(EnumSet.of(first, rest));
  }

  private static Set<FieldType> optionTypes() {
    return EnumSet.of(FieldType.SELECT, FieldType.MULTISELECT, FieldType.RADIO, FieldType.CHECKBOX);
  }
}
