package io.atrium.forms.schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One field of a form. Which properties matter depends on {@link #type()}; the others are null
 * (or empty, or false).
 *
 * @param id stable id across versions, e.g. {@code f7}; assigned by the server when a field first
 *     appears; a field keeps its id (and so its column) when renamed
 * @param name the field's identifier in expressions, REST and imports, e.g. {@code amount}:
 *     a letter, then letters, digits or {@code _}; unique in the form
 * @param type the kind of field
 * @param label what users see
 * @param help help text under the field, or null
 * @param placeholder hint inside an empty input, or null
 * @param required whether a value is needed on submit
 * @param unique whether no two live records may hold the same value
 * @param filterable whether lists filter and sort on it (the column gets an index)
 * @param span how many layout columns the field spans, 1 to 3
 * @param defaultValue value of a new record as JSON text (e.g. {@code "CNY"} or {@code 0}), or null
 * @param minLength fewest characters of text, or null
 * @param maxLength most characters of text, or null (text defaults to 200, textarea to 4000)
 * @param pattern regular expression text must match in full, or null
 * @param patternMessage message when {@code pattern} does not match, or null for a generic one
 * @param min smallest number of a number field, or null
 * @param max largest number of a number field, or null
 * @param scale digits after the decimal point (decimal, money, percent, formula), 0 to
 *     {@link #MAX_SCALE}; null means {@link #DEFAULT_SCALE}
 * @param currency ISO 4217 currency of a money field, {@code CNY} by default
 * @param options inline choices of an option field
 * @param dictionary key of a shared dictionary of choices, instead of inline options, or null
 * @param multiple whether user, department, lookup and file fields take several values
 * @param phoneKind {@code mobile-cn} (mainland mobile, the default) or {@code international} for
 *     phone fields
 * @param regionLevel how deep a region goes: {@code province}, {@code city} or {@code district}
 *     (the default)
 * @param maxFiles most files of an attachment or image field
 * @param maxFileBytes largest file of an attachment, image or signature field
 * @param mediaTypes accepted content types of an attachment field, e.g. {@code application/pdf},
 *     {@code image/*}; empty accepts any
 * @param serialPattern pattern of a serial field, e.g. {@code BX-{yyyyMMdd}-{seq:4}}; the period
 *     restarts the sequence when the date part changes
 * @param formula Jakarta EL over other fields' names of a formula field, e.g.
 *     {@code sum(items, 'amount')}
 * @param lookupForm key of the form a lookup field points to
 * @param lookupDisplayField field name of that form shown for a chosen record
 * @param fields fields of each line of a sub-table
 */
public record FieldDefinition(String id, String name, FieldType type, LocalizedText label, LocalizedText help,
    LocalizedText placeholder, boolean required, boolean unique, boolean filterable, int span, String defaultValue,
    Integer minLength, Integer maxLength, String pattern, LocalizedText patternMessage, BigDecimal min,
    BigDecimal max, Integer scale, String currency, List<FieldOption> options, String dictionary, boolean multiple,
    String phoneKind, String regionLevel, Integer maxFiles, Long maxFileBytes, Set<String> mediaTypes,
    String serialPattern, String formula, String lookupForm, String lookupDisplayField,
    List<FieldDefinition> fields) {

  /** Digits after the point of a decimal field that sets no scale. */
  public static final int DEFAULT_SCALE = 2;
  /** The most digits after the point. */
  public static final int MAX_SCALE = 10;
  /** The most digits of a decimal number in all, before and after the point (the column's precision). */
  public static final int PRECISION = 20;
  /** The most digits of an integer: what a {@code BIGINT} holds. */
  public static final int INTEGER_DIGITS = 18;
  /** Currency of a money field that sets none. */
  public static final String DEFAULT_CURRENCY = "CNY";
  /** {@link #phoneKind()}: mainland mobile numbers, {@code 1[3-9]} and 9 digits. */
  public static final String PHONE_MOBILE_CN = "mobile-cn";
  /** {@link #phoneKind()}: international numbers, {@code +} and 7 to 15 digits. */
  public static final String PHONE_INTERNATIONAL = "international";
  /** The values of {@link #regionLevel()}, top down. */
  public static final List<String> REGION_LEVELS = List.of("province", "city", "district");

  /** Checks the parts that every field needs and freezes the collections. */
  public FieldDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(label, "label");
    options = options == null ? List.of() : List.copyOf(options);
    mediaTypes = mediaTypes == null ? Set.of() : Set.copyOf(mediaTypes);
    fields = fields == null ? List.of() : List.copyOf(fields);
    span = span < 1 ? 1 : Math.min(span, 3);
  }

  /** Whether a value is a list of values. */
  public boolean multiValued() {
    return type.alwaysMultiple() || (multiple && (type == FieldType.USER || type == FieldType.DEPARTMENT
        || type == FieldType.LOOKUP));
  }

  /** The label for a reader. */
  public String label(java.util.Locale locale) {
    return label.in(locale);
  }

  /** Digits after the point of a decimal field; 0 for integers, null for other fields. */
  public Integer effectiveScale() {
    if (type == FieldType.INTEGER) {
      return 0;
    }
    return type.decimal() ? (scale == null ? DEFAULT_SCALE : scale) : null;
  }

  /** The currency of a money field, {@link #DEFAULT_CURRENCY} unless set; null for other fields. */
  public String effectiveCurrency() {
    if (type != FieldType.MONEY) {
      return null;
    }
    return currency == null ? DEFAULT_CURRENCY : currency;
  }

  /** The most characters a value may have, or null when the value is not text. */
  public Integer effectiveMaxLength() {
    return maxLength != null && type.lengthLimited() ? maxLength : type.defaultMaxLength();
  }

  /** The phone kind of a phone field, {@link #PHONE_MOBILE_CN} unless set; null for other fields. */
  public String effectivePhoneKind() {
    if (type != FieldType.PHONE) {
      return null;
    }
    return phoneKind == null ? PHONE_MOBILE_CN : phoneKind;
  }

  /** How many region levels a region field has, 1 to 3 (district unless set); 0 for other fields. */
  public int regionDepth() {
    if (type != FieldType.REGION) {
      return 0;
    }
    int index = regionLevel == null ? -1 : REGION_LEVELS.indexOf(regionLevel);
    return index < 0 ? REGION_LEVELS.size() : index + 1;
  }

  /** The line field of a sub-table with that name. */
  public java.util.Optional<FieldDefinition> lineField(String lineFieldName) {
    return fields.stream().filter(f -> f.name().equals(lineFieldName)).findFirst();
  }

  /** This field with another id. */
  public FieldDefinition withId(String newId) {
    return new FieldDefinition(newId, name, type, label, help, placeholder, required, unique, filterable, span,
        defaultValue, minLength, maxLength, pattern, patternMessage, min, max, scale, currency, options, dictionary,
        multiple, phoneKind, regionLevel, maxFiles, maxFileBytes, mediaTypes, serialPattern, formula, lookupForm,
        lookupDisplayField, fields);
  }

  /** This sub-table with other line fields. */
  public FieldDefinition withFields(List<FieldDefinition> lineFields) {
    return new FieldDefinition(id, name, type, label, help, placeholder, required, unique, filterable, span,
        defaultValue, minLength, maxLength, pattern, patternMessage, min, max, scale, currency, options, dictionary,
        multiple, phoneKind, regionLevel, maxFiles, maxFileBytes, mediaTypes, serialPattern, formula, lookupForm,
        lookupDisplayField, lineFields);
  }

  /** A minimal field of a type, for tests and templates; other properties take their defaults. */
  public static FieldDefinition simple(String name, FieldType type, String label, boolean required) {
    return builder(name, type, LocalizedText.of(label)).required(required).build();
  }

  /** A builder of a field; properties not set take their defaults. */
  public static Builder builder(String name, FieldType type, LocalizedText label) {
    return new Builder(name, type, label);
  }

  /** A builder holding this field's properties. */
  public Builder toBuilder() {
    Builder b = new Builder(name, type, label);
    b.id = id;
    b.help = help;
    b.placeholder = placeholder;
    b.required = required;
    b.unique = unique;
    b.filterable = filterable;
    b.span = span;
    b.defaultValue = defaultValue;
    b.minLength = minLength;
    b.maxLength = maxLength;
    b.pattern = pattern;
    b.patternMessage = patternMessage;
    b.min = min;
    b.max = max;
    b.scale = scale;
    b.currency = currency;
    b.options = options;
    b.dictionary = dictionary;
    b.multiple = multiple;
    b.phoneKind = phoneKind;
    b.regionLevel = regionLevel;
    b.maxFiles = maxFiles;
    b.maxFileBytes = maxFileBytes;
    b.mediaTypes = mediaTypes;
    b.serialPattern = serialPattern;
    b.formula = formula;
    b.lookupForm = lookupForm;
    b.lookupDisplayField = lookupDisplayField;
    b.fields = fields;
    return b;
  }

  /** Builds a {@link FieldDefinition} property by property; each setter returns the builder. */
  public static final class Builder {
    private String id;
    private String name;
    private FieldType type;
    private LocalizedText label;
    private LocalizedText help;
    private LocalizedText placeholder;
    private boolean required;
    private boolean unique;
    private boolean filterable;
    private int span = 1;
    private String defaultValue;
    private Integer minLength;
    private Integer maxLength;
    private String pattern;
    private LocalizedText patternMessage;
    private BigDecimal min;
    private BigDecimal max;
    private Integer scale;
    private String currency;
    private List<FieldOption> options = List.of();
    private String dictionary;
    private boolean multiple;
    private String phoneKind;
    private String regionLevel;
    private Integer maxFiles;
    private Long maxFileBytes;
    private Set<String> mediaTypes = Set.of();
    private String serialPattern;
    private String formula;
    private String lookupForm;
    private String lookupDisplayField;
    private List<FieldDefinition> fields = List.of();

    private Builder(String name, FieldType type, LocalizedText label) {
      this.name = name;
      this.type = type;
      this.label = label;
    }

    /** Sets the id. */
    public Builder id(String value) {
      id = value;
      return this;
    }

    /** Sets the name. */
    public Builder name(String value) {
      name = value;
      return this;
    }

    /** Sets the type. */
    public Builder type(FieldType value) {
      type = value;
      return this;
    }

    /** Sets the label. */
    public Builder label(LocalizedText value) {
      label = value;
      return this;
    }

    /** Sets the help text. */
    public Builder help(LocalizedText value) {
      help = value;
      return this;
    }

    /** Sets the placeholder. */
    public Builder placeholder(LocalizedText value) {
      placeholder = value;
      return this;
    }

    /** Sets whether a value is needed. */
    public Builder required(boolean value) {
      required = value;
      return this;
    }

    /** Sets whether values are unique. */
    public Builder unique(boolean value) {
      unique = value;
      return this;
    }

    /** Sets whether lists filter on it. */
    public Builder filterable(boolean value) {
      filterable = value;
      return this;
    }

    /** Sets the layout span. */
    public Builder span(int value) {
      span = value;
      return this;
    }

    /** Sets the default value as JSON text. */
    public Builder defaultValue(String json) {
      defaultValue = json;
      return this;
    }

    /** Sets the fewest characters. */
    public Builder minLength(Integer value) {
      minLength = value;
      return this;
    }

    /** Sets the most characters. */
    public Builder maxLength(Integer value) {
      maxLength = value;
      return this;
    }

    /** Sets the pattern and its message. */
    public Builder pattern(String regex, LocalizedText message) {
      pattern = regex;
      patternMessage = message;
      return this;
    }

    /** Sets the smallest number. */
    public Builder min(BigDecimal value) {
      min = value;
      return this;
    }

    /** Sets the largest number. */
    public Builder max(BigDecimal value) {
      max = value;
      return this;
    }

    /** Sets the digits after the point. */
    public Builder scale(Integer value) {
      scale = value;
      return this;
    }

    /** Sets the currency. */
    public Builder currency(String value) {
      currency = value;
      return this;
    }

    /** Sets the inline options. */
    public Builder options(List<FieldOption> value) {
      options = value;
      return this;
    }

    /** Sets the dictionary key. */
    public Builder dictionary(String value) {
      dictionary = value;
      return this;
    }

    /** Sets whether several values are taken. */
    public Builder multiple(boolean value) {
      multiple = value;
      return this;
    }

    /** Sets the phone kind. */
    public Builder phoneKind(String value) {
      phoneKind = value;
      return this;
    }

    /** Sets the region level. */
    public Builder regionLevel(String value) {
      regionLevel = value;
      return this;
    }

    /** Sets the most files. */
    public Builder maxFiles(Integer value) {
      maxFiles = value;
      return this;
    }

    /** Sets the largest file. */
    public Builder maxFileBytes(Long value) {
      maxFileBytes = value;
      return this;
    }

    /** Sets the accepted content types. */
    public Builder mediaTypes(Set<String> value) {
      mediaTypes = value;
      return this;
    }

    /** Sets the serial pattern. */
    public Builder serialPattern(String value) {
      serialPattern = value;
      return this;
    }

    /** Sets the formula. */
    public Builder formula(String value) {
      formula = value;
      return this;
    }

    /** Sets the form and display field of a lookup. */
    public Builder lookup(String form, String displayField) {
      lookupForm = form;
      lookupDisplayField = displayField;
      return this;
    }

    /** Sets the line fields of a sub-table. */
    public Builder fields(List<FieldDefinition> value) {
      fields = value;
      return this;
    }

    /** The field. */
    public FieldDefinition build() {
      return new FieldDefinition(id, name, type, label, help, placeholder, required, unique, filterable, span,
          defaultValue, minLength, maxLength, pattern, patternMessage, min, max, scale, currency, options,
          dictionary, multiple, phoneKind, regionLevel, maxFiles, maxFileBytes, mediaTypes, serialPattern, formula,
          lookupForm, lookupDisplayField, fields);
    }
  }
}
