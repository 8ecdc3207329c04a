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
 * @param min smallest number, or null; for dates an ISO date
 * @param max largest number, or null
 * @param scale digits after the decimal point (decimal, money, percent, formula)
 * @param currency ISO 4217 currency of a money field, {@code CNY} by default
 * @param options inline choices of an option field
 * @param dictionary key of a shared dictionary of choices, instead of inline options, or null
 * @param multiple whether user, department, lookup and file fields take several values
 * @param phoneKind {@code mobile-cn} (mainland mobile) or {@code international} for phone fields
 * @param regionLevel how deep a region goes: {@code province}, {@code city} or {@code district}
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
    return type.alwaysMultiple() || multiple;
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
    return new FieldDefinition(null, name, type, LocalizedText.of(label), null, null, required, false, false, 1,
        null, null, null, null, null, null, null, null, null, List.of(), null, false, null, null, null, null,
        Set.of(), null, null, null, null, List.of());
  }
}
