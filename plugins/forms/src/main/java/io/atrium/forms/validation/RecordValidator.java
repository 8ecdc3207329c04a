package io.atrium.forms.validation;

import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldType;
import io.atrium.forms.schema.FormRule;
import io.atrium.forms.schema.FormSchema;
import io.atrium.forms.values.Dictionaries;
import io.atrium.forms.values.FieldPath;
import io.atrium.forms.values.FieldProblems;
import io.atrium.forms.values.ValueConverter;
import io.atrium.sdk.expression.ExpressionFailedException;
import io.atrium.sdk.expression.Expressions;
import io.atrium.sdk.record.RecordValidationException;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The server's validation of a record's values, the authority behind what the browser shows early.
 * In order: values are converted to their canonical types; conditional rules decide which fields
 * are hidden or required (a hidden field is neither validated nor kept); formulas are computed in
 * the order their dependencies need, line formulas per line; then every field is checked
 * (required, length, pattern, format, options, limits, files, uniqueness), sub-table lines field by
 * field, and the cross-field checks, skipped while a field they read is empty. Every problem is
 * reported, each naming its field by its label, in the caller's language.
 */
public final class RecordValidator {

  private final Expressions expressions;
  private final UniquenessCheck uniqueness;
  private final Dictionaries dictionaries;
  private final BlobLookup blobs;
  private final ZoneId zone;

  private RecordValidator(Builder builder) {
    this.expressions = builder.expressions;
    this.uniqueness = builder.uniqueness;
    this.dictionaries = builder.dictionaries;
    this.blobs = builder.blobs;
    this.zone = builder.zone;
  }

  /** A validator whose expressions run on that service; the other collaborators default to none. */
  public static Builder builder(Expressions expressions) {
    return new Builder(expressions);
  }

  /** Compiles a schema's expressions; keep the result for as long as the schema version is in use. */
  public FormLogic compile(FormSchema schema) {
    return FormLogic.compile(schema, expressions);
  }

  /**
   * Validates the values of a record, as Java values (canonical or readable as such).
   *
   * @return the cleaned values
   * @throws RecordValidationException with every problem
   */
  public Map<String, Object> validate(FormLogic logic, Map<String, ?> values, ValidationContext context) {
    return check(logic, values, context).orThrow();
  }

  /** Checks the values of a record without throwing; for a new record absent fields take their defaults. */
  public ValidationResult check(FormLogic logic, Map<String, ?> values, ValidationContext context) {
    FieldProblems problems = new FieldProblems(context.locale());
    ValueConverter converter = converter(context.locale());
    Map<String, Object> converted = converter.fromObjects(logic.schema(), values, problems);
    return finish(logic, withDefaults(logic.schema(), values.keySet(), converted, converter, context), null,
        problems, converter, context);
  }

  /** Checks the values of a record given as JSON (a REST body) without throwing. */
  public ValidationResult checkJson(FormLogic logic, JsonObject values, ValidationContext context) {
    FieldProblems problems = new FieldProblems(context.locale());
    ValueConverter converter = converter(context.locale());
    Map<String, Object> converted = converter.fromJson(logic.schema(), values, problems);
    return finish(logic, withDefaults(logic.schema(), values.keySet(), converted, converter, context), null,
        problems, converter, context);
  }

  /**
   * Checks an edit of some fields: the stored values with the changes applied, validated as a
   * whole (a change may hide, require or recompute other fields).
   *
   * @param stored the record's canonical values as stored
   * @param changes field name to new value; fields not named keep their value
   */
  public ValidationResult checkChanges(FormLogic logic, Map<String, ?> stored, Map<String, ?> changes,
      ValidationContext context) {
    FieldProblems problems = new FieldProblems(context.locale());
    ValueConverter converter = converter(context.locale());
    Map<String, Object> values = new LinkedHashMap<>(stored);
    values.putAll(converter.fromObjects(logic.schema(), changes, problems));
    return finish(logic, values, stored, problems, converter, context);
  }

  private ValueConverter converter(Locale locale) {
    return new ValueConverter(locale, zone, dictionaries);
  }

  private static Map<String, Object> withDefaults(FormSchema schema, Set<String> given, Map<String, Object> values,
      ValueConverter converter, ValidationContext context) {
    if (context.recordId() != null) {
      return values;
    }
    Map<String, Object> all = new LinkedHashMap<>(values);
    for (FieldDefinition field : schema.fields()) {
      if (!given.contains(field.name()) && field.defaultValue() != null) {
        all.put(field.name(), converter.defaultValue(field));
      }
    }
    return all;
  }

  private ValidationResult finish(FormLogic logic, Map<String, Object> input, Map<String, ?> stored,
      FieldProblems problems, ValueConverter converter, ValidationContext context) {
    FormSchema schema = logic.schema();
    Locale locale = context.locale();
    Map<String, Object> values = new LinkedHashMap<>();
    for (FieldDefinition field : schema.fields()) {
      Object value = input.containsKey(field.name()) ? input.get(field.name()) : FieldChecks.emptyValue(field);
      if (field.type() == FieldType.SERIAL && context.recordId() == null) {
        // the storage numbers a new record when it writes it
        value = null;
      }
      values.put(field.name(), field.type() == FieldType.SUBTABLE ? lines(field, value) : value);
    }

    // rules and formulas until the hidden fields settle: hiding a field may change a formula or a rule
    Set<String> hidden = new HashSet<>();
    Set<String> required = new HashSet<>();
    FieldProblems formulaProblems = null;
    Map<String, Object> visible = values;
    for (int round = 0; round <= logic.rules().size() + 1; round++) {
      visible = new LinkedHashMap<>(values);
      for (String name : hidden) {
        visible.put(name, schema.field(name).map(FieldChecks::emptyValue).orElse(null));
      }
      formulaProblems = new FieldProblems(locale);
      computeFormulas(logic, visible, formulaProblems);
      Set<String> nowHidden = new HashSet<>();
      Set<String> nowRequired = new HashSet<>();
      rules(logic, visible, nowHidden, nowRequired);
      nowRequired.removeAll(nowHidden);
      required = nowRequired;
      if (nowHidden.equals(hidden)) {
        break;
      }
      hidden = nowHidden;
    }
    formulaProblems.list().forEach(problems::add);

    FieldChecks checks = new FieldChecks(converter, blobs, problems);
    boolean draft = context.draft();
    for (FieldDefinition field : schema.fields()) {
      if (hidden.contains(field.name())) {
        continue;
      }
      FieldPath at = FieldPath.of(field, locale);
      Object value = visible.get(field.name());
      if (field.type().computed() || problems.has(at.path())) {
        continue;
      }
      boolean mustHave = !draft && (field.required() || required.contains(field.name()));
      if (field.type() == FieldType.SUBTABLE) {
        value = checkLines(field, value, at, mustHave, checks, draft, locale);
      } else {
        value = checks.check(field, value, at, mustHave);
      }
      visible.put(field.name(), value);
      if (field.unique() && !FieldChecks.empty(value) && !problems.has(at.path())
          && uniqueness.taken(schema.key(), field, value, context.recordId())) {
        problems.add(at, "forms.validation.duplicate", FieldProblems.quote(value));
      }
    }
    crossChecks(logic, visible, hidden, problems, locale);

    Set<String> changed = new LinkedHashSet<>();
    for (FieldDefinition field : schema.fields()) {
      Object value = visible.get(field.name());
      boolean differs = stored == null ? !FieldChecks.empty(value)
          : !Objects.equals(normalized(stored.get(field.name()), field), normalized(value, field));
      if (differs) {
        changed.add(field.name());
      }
    }
    return new ValidationResult(visible, hidden, changed, problems.list());
  }

  private static Object normalized(Object value, FieldDefinition field) {
    return FieldChecks.empty(value) ? FieldChecks.emptyValue(field) : value;
  }

  /** The lines of a sub-table with every line field present; lines without an id and without any value are dropped. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> lines(FieldDefinition subTable, Object value) {
    List<Map<String, Object>> lines = new ArrayList<>();
    if (!(value instanceof List<?> list)) {
      return lines;
    }
    for (Object item : list) {
      Map<String, Object> line = new LinkedHashMap<>((Map<String, Object>) item);
      boolean hasValue = line.get(ValueConverter.LINE_ID) != null;
      for (FieldDefinition field : subTable.fields()) {
        line.putIfAbsent(field.name(), FieldChecks.emptyValue(field));
        hasValue |= !field.type().computed() && !FieldChecks.empty(line.get(field.name()));
      }
      if (hasValue) {
        lines.add(line);
      }
    }
    return lines;
  }

  @SuppressWarnings("unchecked")
  private Object checkLines(FieldDefinition subTable, Object value, FieldPath at, boolean required,
      FieldChecks checks, boolean draft, Locale locale) {
    List<Map<String, Object>> lines = (List<Map<String, Object>>) value;
    if (required && lines.isEmpty()) {
      checks.check(subTable, lines, at, true);
      return lines;
    }
    List<Map<String, Object>> cleaned = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Map<String, Object> line = new LinkedHashMap<>(lines.get(i));
      for (FieldDefinition field : subTable.fields()) {
        FieldPath lineAt = at.line(i, field, locale);
        if (field.type().computed()) {
          continue;
        }
        line.put(field.name(), checks.check(field, line.get(field.name()), lineAt, !draft && field.required()));
      }
      cleaned.add(line);
    }
    return cleaned;
  }

  // --- formulas, rules, checks

  @SuppressWarnings("unchecked")
  private static void computeFormulas(FormLogic logic, Map<String, Object> values, FieldProblems problems) {
    Locale locale = problems.locale();
    for (FormLogic.Formula formula : logic.formulas()) {
      FieldDefinition field = formula.field();
      if (formula.subTable() == null) {
        FieldPath at = FieldPath.of(field, locale);
        values.put(field.name(), evaluate(formula, values, at, problems));
        continue;
      }
      FieldDefinition subTable = formula.subTable();
      FieldPath tableAt = FieldPath.of(subTable, locale);
      List<Map<String, Object>> lines = (List<Map<String, Object>>) values.get(subTable.name());
      List<Map<String, Object>> computed = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        Map<String, Object> line = new LinkedHashMap<>(lines.get(i));
        Map<String, Object> variables = new HashMap<>(values);
        variables.putAll(line);
        line.put(field.name(), evaluate(formula, variables, tableAt.line(i, field, locale), problems));
        computed.add(line);
      }
      values.put(subTable.name(), computed);
    }
  }

  private static BigDecimal evaluate(FormLogic.Formula formula, Map<String, Object> variables, FieldPath at,
      FieldProblems problems) {
    FieldDefinition field = formula.field();
    BigDecimal result;
    try {
      result = formula.expression().evaluate(variables);
    } catch (ExpressionFailedException | ArithmeticException e) {
      problems.add(at, "forms.validation.formulaFailed", e.getMessage());
      return null;
    }
    if (result == null) {
      return null;
    }
    int scale = field.effectiveScale();
    BigDecimal rounded = result.setScale(scale, RoundingMode.HALF_UP);
    if (rounded.precision() - rounded.scale() > FieldDefinition.PRECISION - scale) {
      problems.add(at, "forms.validation.formulaTooLarge", rounded.toPlainString());
      return null;
    }
    return rounded;
  }

  private static void rules(FormLogic logic, Map<String, Object> values, Set<String> hidden, Set<String> required) {
    Set<String> shownSomewhere = new HashSet<>();
    Set<String> shown = new HashSet<>();
    for (FormLogic.Rule rule : logic.rules()) {
      FormRule r = rule.rule();
      shownSomewhere.addAll(r.show());
      if (holds(rule, values)) {
        shown.addAll(r.show());
        hidden.addAll(r.hide());
        required.addAll(r.require());
      }
    }
    for (String name : shownSomewhere) {
      if (!shown.contains(name)) {
        hidden.add(name);
      }
    }
  }

  private static boolean holds(FormLogic.Rule rule, Map<String, Object> values) {
    try {
      return Boolean.TRUE.equals(rule.condition().evaluate(values));
    } catch (ExpressionFailedException | ArithmeticException e) {
      // a condition that cannot be evaluated with these values (e.g. text compared with a number) does not hold
      return false;
    }
  }

  private static void crossChecks(FormLogic logic, Map<String, Object> values, Set<String> hidden,
      FieldProblems problems, Locale locale) {
    for (FormLogic.Check check : logic.checks()) {
      String fieldName = check.check().field();
      if (hidden.contains(fieldName) || check.expression().variables().stream()
          .anyMatch(v -> hidden.contains(v) || FieldChecks.empty(values.get(v)))) {
        continue;
      }
      FieldDefinition field = logic.schema().field(fieldName).orElse(null);
      FieldPath at = field == null ? new FieldPath(fieldName, fieldName) : FieldPath.of(field, locale);
      if (problems.has(at.path())) {
        continue;
      }
      boolean ok;
      try {
        ok = Boolean.TRUE.equals(check.expression().evaluate(values));
      } catch (ExpressionFailedException | ArithmeticException e) {
        ok = false;
      }
      if (!ok) {
        problems.add(at, "forms.validation.check", check.check().message().in(locale));
      }
    }
  }

  /** Builds a {@link RecordValidator}. */
  public static final class Builder {
    private final Expressions expressions;
    private UniquenessCheck uniqueness = UniquenessCheck.none();
    private Dictionaries dictionaries = Dictionaries.none();
    private BlobLookup blobs = BlobLookup.NONE;
    private ZoneId zone = ZoneId.systemDefault();

    private Builder(Expressions expressions) {
      this.expressions = Objects.requireNonNull(expressions, "expressions");
    }

    /** Checks unique fields against stored records. */
    public Builder uniqueness(UniquenessCheck value) {
      uniqueness = Objects.requireNonNull(value, "uniqueness");
      return this;
    }

    /** Resolves options of fields that use a dictionary. */
    public Builder dictionaries(Dictionaries value) {
      dictionaries = Objects.requireNonNull(value, "dictionaries");
      return this;
    }

    /** Checks that files exist and fit their fields. */
    public Builder blobs(BlobLookup value) {
      blobs = Objects.requireNonNull(value, "blobs");
      return this;
    }

    /** The company's time zone, for date-times typed without an offset. */
    public Builder zone(ZoneId value) {
      zone = Objects.requireNonNull(value, "zone");
      return this;
    }

    /** The validator. */
    public RecordValidator build() {
      return new RecordValidator(this);
    }
  }
}
