package io.atrium.forms.schema.json;

import io.atrium.forms.schema.CrossCheck;
import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldOption;
import io.atrium.forms.schema.FieldProperty;
import io.atrium.forms.schema.FieldType;
import io.atrium.forms.schema.FormRule;
import io.atrium.forms.schema.FormSchema;
import io.atrium.forms.schema.FormSection;
import io.atrium.forms.schema.LocalizedText;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the structure of schema JSON into the model: JSON types, known properties, property
 * applicability and the ranges the model would silently bound. What the parts mean (names,
 * expressions, options) is checked afterwards by {@link SchemaChecker}. Parts that cannot be read
 * are left out of the model, and their names remembered so that the checker does not report
 * rules that name them as unknown.
 */
final class SchemaJsonReader {

  static final List<String> FORM_PROPERTIES = List.of("key", "name", "description", "sections", "rules", "checks");
  static final List<String> SECTION_PROPERTIES = List.of("title", "columns", "fields");
  static final List<String> RULE_PROPERTIES = List.of("when", "show", "hide", "require");
  static final List<String> CHECK_PROPERTIES = List.of("expression", "field", "message");
  static final List<String> OPTION_PROPERTIES = List.of("value", "label");
  static final List<String> FIELD_PROPERTIES =
      Arrays.stream(FieldProperty.values()).map(FieldProperty::jsonName).toList();

  private static final int MAX_SHORT_TEXT = 200;
  private static final int MAX_LONG_TEXT = 2000;
  private static final int MAX_EXPRESSION = 2000;

  private final List<SchemaProblem> problems = new ArrayList<>();
  private final IdentityHashMap<Object, String> paths = new IdentityHashMap<>();
  private final Set<String> unreadableNames = new HashSet<>();

  /** The problems found. */
  List<SchemaProblem> problems() {
    return problems;
  }

  /** Where each part of the model came from. */
  IdentityHashMap<Object, String> paths() {
    return paths;
  }

  /** Names of fields that could not be read. */
  Set<String> unreadableNames() {
    return unreadableNames;
  }

  /** Reads a schema; the result lacks the parts that could not be read. */
  FormSchema read(JsonValue root) {
    String path = JsonPaths.ROOT;
    if (!(root instanceof JsonObject form)) {
      problem(path, "forms.schema.notObject.form");
      return null;
    }
    unknownProperties(form, path, FORM_PROPERTIES, "form");
    String key = string(form, path, "key", true, MAX_SHORT_TEXT);
    LocalizedText name = text(form, path, "name", true, MAX_SHORT_TEXT);
    LocalizedText description = text(form, path, "description", false, MAX_LONG_TEXT);
    List<FormSection> sections = new ArrayList<>();
    JsonArray sectionArray = array(form, path, "sections", true);
    if (sectionArray != null) {
      for (int i = 0; i < sectionArray.size(); i++) {
        FormSection section = section(sectionArray.get(i), JsonPaths.index(JsonPaths.property(path, "sections"), i));
        if (section != null) {
          sections.add(section);
        }
      }
    }
    List<FormRule> rules = new ArrayList<>();
    JsonArray ruleArray = array(form, path, "rules", false);
    if (ruleArray != null) {
      for (int i = 0; i < ruleArray.size(); i++) {
        FormRule rule = rule(ruleArray.get(i), JsonPaths.index(JsonPaths.property(path, "rules"), i));
        if (rule != null) {
          rules.add(rule);
        }
      }
    }
    List<CrossCheck> checks = new ArrayList<>();
    JsonArray checkArray = array(form, path, "checks", false);
    if (checkArray != null) {
      for (int i = 0; i < checkArray.size(); i++) {
        CrossCheck check = check(checkArray.get(i), JsonPaths.index(JsonPaths.property(path, "checks"), i));
        if (check != null) {
          checks.add(check);
        }
      }
    }
    FormSchema schema = new FormSchema(key == null ? "" : key, name == null ? LocalizedText.of("") : name,
        description, sections, rules, checks);
    paths.put(schema, path);
    return schema;
  }

  private FormSection section(JsonValue value, String path) {
    if (!(value instanceof JsonObject section)) {
      problem(path, "forms.schema.notObject.section");
      return null;
    }
    unknownProperties(section, path, SECTION_PROPERTIES, "section");
    LocalizedText title = text(section, path, "title", false, MAX_SHORT_TEXT);
    Integer columns = integer(section, path, "columns");
    if (columns != null && (columns < 1 || columns > 3)) {
      problem(JsonPaths.property(path, "columns"), "forms.schema.columnsRange", columns);
      columns = null;
    }
    List<FieldDefinition> fields = fields(section, path);
    FormSection result = new FormSection(title, columns == null ? 1 : columns, fields);
    paths.put(result, path);
    return result;
  }

  private List<FieldDefinition> fields(JsonObject parent, String path) {
    List<FieldDefinition> fields = new ArrayList<>();
    JsonArray array = array(parent, path, "fields", false);
    if (array != null) {
      for (int i = 0; i < array.size(); i++) {
        FieldDefinition field = field(array.get(i), JsonPaths.index(JsonPaths.property(path, "fields"), i));
        if (field != null) {
          fields.add(field);
        }
      }
    }
    return fields;
  }

  private FieldDefinition field(JsonValue value, String path) {
    if (!(value instanceof JsonObject field)) {
      problem(path, "forms.schema.notObject.field");
      return null;
    }
    FieldType type = type(field, path);
    for (String property : field.keySet()) {
      FieldProperty known = FieldProperty.ofJsonName(property).orElse(null);
      if (known == null) {
        unknownProperty(path, property, FIELD_PROPERTIES, "field");
      } else if (type != null && !known.appliesTo(type) && field.get(property).getValueType() != JsonValue.ValueType.NULL) {
        problem(JsonPaths.property(path, property), "forms.schema.notApplicable", property, type.jsonName(),
            applicableTypes(known));
      }
    }
    String id = string(field, path, "id", false, MAX_SHORT_TEXT);
    String name = string(field, path, "name", true, MAX_SHORT_TEXT);
    LocalizedText label = text(field, path, "label", true, MAX_SHORT_TEXT);
    FieldDefinition.Builder builder = FieldDefinition.builder(name, type, label)
        .id(id)
        .help(text(field, path, "help", false, MAX_LONG_TEXT))
        .placeholder(text(field, path, "placeholder", false, MAX_SHORT_TEXT))
        .required(bool(field, path, "required"))
        .unique(bool(field, path, "unique"))
        .filterable(bool(field, path, "filterable"))
        .defaultValue(field.containsKey("defaultValue") && !field.isNull("defaultValue")
            ? field.get("defaultValue").toString() : null)
        .minLength(integer(field, path, "minLength"))
        .maxLength(integer(field, path, "maxLength"))
        .pattern(string(field, path, "pattern", false, MAX_LONG_TEXT),
            text(field, path, "patternMessage", false, MAX_LONG_TEXT))
        .min(decimal(field, path, "min"))
        .max(decimal(field, path, "max"))
        .scale(integer(field, path, "scale"))
        .currency(string(field, path, "currency", false, MAX_SHORT_TEXT))
        .options(options(field, path))
        .dictionary(string(field, path, "dictionary", false, MAX_SHORT_TEXT))
        .multiple(bool(field, path, "multiple"))
        .phoneKind(string(field, path, "phoneKind", false, MAX_SHORT_TEXT))
        .regionLevel(string(field, path, "regionLevel", false, MAX_SHORT_TEXT))
        .maxFiles(integer(field, path, "maxFiles"))
        .maxFileBytes(longValue(field, path, "maxFileBytes"))
        .mediaTypes(strings(field, path, "mediaTypes"))
        .serialPattern(string(field, path, "serialPattern", false, MAX_SHORT_TEXT))
        .formula(string(field, path, "formula", false, MAX_EXPRESSION))
        .lookup(string(field, path, "lookupForm", false, MAX_SHORT_TEXT),
            string(field, path, "lookupDisplayField", false, MAX_SHORT_TEXT))
        .fields(fields(field, path));
    Integer span = integer(field, path, "span");
    if (span != null && (span < 1 || span > 3)) {
      problem(JsonPaths.property(path, "span"), "forms.schema.spanRange", span);
    } else if (span != null) {
      builder.span(span);
    }
    if (name == null || type == null || label == null) {
      if (name != null) {
        unreadableNames.add(name);
      }
      return null;
    }
    FieldDefinition result = builder.build();
    paths.put(result, path);
    return result;
  }

  private FieldType type(JsonObject field, String path) {
    String text = string(field, path, "type", true, MAX_SHORT_TEXT);
    if (text == null) {
      return null;
    }
    FieldType type = FieldType.ofJsonName(text).orElse(null);
    if (type == null) {
      List<String> names = Arrays.stream(FieldType.values()).map(FieldType::jsonName).toList();
      String suggestion = Suggestions.closest(text, names).map(s -> s).orElse(null);
      if (suggestion != null) {
        problem(JsonPaths.property(path, "type"), "forms.schema.unknownTypeSuggest", text, suggestion,
            String.join(", ", names));
      } else {
        problem(JsonPaths.property(path, "type"), "forms.schema.unknownType", text, String.join(", ", names));
      }
    }
    return type;
  }

  private static String applicableTypes(FieldProperty property) {
    return Arrays.stream(FieldType.values()).filter(property::appliesTo).map(FieldType::jsonName)
        .collect(Collectors.joining(", "));
  }

  private List<FieldOption> options(JsonObject field, String path) {
    JsonArray array = array(field, path, "options", false);
    if (array == null) {
      return List.of();
    }
    List<FieldOption> options = new ArrayList<>();
    String base = JsonPaths.property(path, "options");
    for (int i = 0; i < array.size(); i++) {
      String at = JsonPaths.index(base, i);
      if (!(array.get(i) instanceof JsonObject option)) {
        problem(at, "forms.schema.notObject.option");
        continue;
      }
      unknownProperties(option, at, OPTION_PROPERTIES, "option");
      String value = string(option, at, "value", true, 10_000);
      LocalizedText label = text(option, at, "label", true, MAX_SHORT_TEXT);
      if (value != null && label != null) {
        FieldOption result = new FieldOption(value, label);
        paths.put(result, at);
        options.add(result);
      }
    }
    return options;
  }

  private FormRule rule(JsonValue value, String path) {
    if (!(value instanceof JsonObject rule)) {
      problem(path, "forms.schema.notObject.rule");
      return null;
    }
    unknownProperties(rule, path, RULE_PROPERTIES, "rule");
    String when = string(rule, path, "when", true, MAX_EXPRESSION);
    List<String> show = stringList(rule, path, "show");
    List<String> hide = stringList(rule, path, "hide");
    List<String> require = stringList(rule, path, "require");
    if (when == null) {
      return null;
    }
    FormRule result = new FormRule(when, show, hide, require);
    paths.put(result, path);
    return result;
  }

  private CrossCheck check(JsonValue value, String path) {
    if (!(value instanceof JsonObject check)) {
      problem(path, "forms.schema.notObject.check");
      return null;
    }
    unknownProperties(check, path, CHECK_PROPERTIES, "check");
    String expression = string(check, path, "expression", true, MAX_EXPRESSION);
    String field = string(check, path, "field", true, MAX_SHORT_TEXT);
    LocalizedText message = text(check, path, "message", true, MAX_LONG_TEXT);
    if (expression == null || field == null || message == null) {
      return null;
    }
    CrossCheck result = new CrossCheck(expression, field, message);
    paths.put(result, path);
    return result;
  }

  // --- JSON types

  private void unknownProperties(JsonObject object, String path, List<String> known, String what) {
    for (String property : object.keySet()) {
      if (!known.contains(property)) {
        unknownProperty(path, property, known, what);
      }
    }
  }

  private void unknownProperty(String path, String property, List<String> known, String what) {
    String at = JsonPaths.property(path, property);
    String suggestion = Suggestions.closest(property, known).orElse(null);
    if (suggestion != null) {
      problem(at, "forms.schema.unknownPropertySuggest", property, suggestion);
    } else {
      problem(at, "forms.schema.unknownProperty", property, String.join(", ", known));
    }
  }

  private JsonValue present(JsonObject object, String path, String property, boolean required) {
    JsonValue value = object.get(property);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      if (required) {
        problem(JsonPaths.property(path, property), "forms.schema.missing", property);
      }
      return null;
    }
    return value;
  }

  private String string(JsonObject object, String path, String property, boolean required, int maxLength) {
    JsonValue value = present(object, path, property, required);
    if (value == null) {
      return null;
    }
    if (!(value instanceof JsonString text)) {
      problem(JsonPaths.property(path, property), "forms.schema.notString", property, kind(value));
      return null;
    }
    String s = text.getString();
    if (required && s.isBlank()) {
      problem(JsonPaths.property(path, property), "forms.schema.missing", property);
      return null;
    }
    if (s.length() > maxLength) {
      problem(JsonPaths.property(path, property), "forms.schema.tooLong", property, maxLength);
      return null;
    }
    return s.isBlank() ? null : s;
  }

  private LocalizedText text(JsonObject object, String path, String property, boolean required, int maxLength) {
    JsonValue value = present(object, path, property, required);
    if (value == null) {
      return null;
    }
    String at = JsonPaths.property(path, property);
    if (value instanceof JsonString string) {
      String s = string.getString().strip();
      if (s.isEmpty()) {
        if (required) {
          problem(at, "forms.schema.missing", property);
        }
        return null;
      }
      if (s.length() > maxLength) {
        problem(at, "forms.schema.tooLong", property, maxLength);
        return null;
      }
      return LocalizedText.of(s);
    }
    if (!(value instanceof JsonObject byLanguage)) {
      problem(at, "forms.schema.notText", property, kind(value));
      return null;
    }
    Map<String, String> texts = new LinkedHashMap<>();
    boolean ok = true;
    for (Map.Entry<String, JsonValue> entry : byLanguage.entrySet()) {
      String tagPath = JsonPaths.property(at, entry.getKey());
      if (!languageTag(entry.getKey())) {
        problem(tagPath, "forms.schema.badLanguage", entry.getKey());
        ok = false;
      } else if (!(entry.getValue() instanceof JsonString s) || s.getString().isBlank()) {
        problem(tagPath, "forms.schema.badLanguageText", entry.getKey());
        ok = false;
      } else if (s.getString().strip().length() > maxLength) {
        problem(tagPath, "forms.schema.tooLong", property, maxLength);
        ok = false;
      } else {
        texts.put(entry.getKey(), s.getString().strip());
      }
    }
    if (texts.isEmpty() && ok) {
      problem(at, "forms.schema.emptyText", property);
    }
    return ok && !texts.isEmpty() ? new LocalizedText(texts) : null;
  }

  private static boolean languageTag(String tag) {
    try {
      Locale locale = new Locale.Builder().setLanguageTag(tag).build();
      return !locale.getLanguage().isEmpty();
    } catch (IllformedLocaleException e) {
      return false;
    }
  }

  private boolean bool(JsonObject object, String path, String property) {
    JsonValue value = present(object, path, property, false);
    if (value == null) {
      return false;
    }
    if (value.getValueType() == JsonValue.ValueType.TRUE) {
      return true;
    }
    if (value.getValueType() != JsonValue.ValueType.FALSE) {
      problem(JsonPaths.property(path, property), "forms.schema.notBoolean", property, kind(value));
    }
    return false;
  }

  private Integer integer(JsonObject object, String path, String property) {
    Long value = longValue(object, path, property);
    if (value == null) {
      return null;
    }
    if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
      problem(JsonPaths.property(path, property), "forms.schema.notInteger", property, value);
      return null;
    }
    return value.intValue();
  }

  private Long longValue(JsonObject object, String path, String property) {
    JsonValue value = present(object, path, property, false);
    if (value == null) {
      return null;
    }
    if (value instanceof JsonNumber number) {
      BigDecimal decimal = number.bigDecimalValue();
      try {
        return decimal.longValueExact();
      } catch (ArithmeticException e) {
        // not whole, or too large
      }
    }
    problem(JsonPaths.property(path, property), "forms.schema.notInteger", property, kind(value));
    return null;
  }

  private BigDecimal decimal(JsonObject object, String path, String property) {
    JsonValue value = present(object, path, property, false);
    if (value == null) {
      return null;
    }
    if (value instanceof JsonNumber number) {
      return number.bigDecimalValue();
    }
    if (value instanceof JsonString text) {
      try {
        return new BigDecimal(text.getString().strip());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    problem(JsonPaths.property(path, property), "forms.schema.notNumber", property, kind(value));
    return null;
  }

  private JsonArray array(JsonObject object, String path, String property, boolean required) {
    JsonValue value = present(object, path, property, required);
    if (value == null) {
      return null;
    }
    if (!(value instanceof JsonArray array)) {
      problem(JsonPaths.property(path, property), "forms.schema.notArray", property, kind(value));
      return null;
    }
    return array;
  }

  private List<String> stringList(JsonObject object, String path, String property) {
    JsonArray array = array(object, path, property, false);
    if (array == null) {
      return List.of();
    }
    List<String> items = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i) instanceof JsonString text) {
        items.add(text.getString());
      } else {
        problem(JsonPaths.index(JsonPaths.property(path, property), i), "forms.schema.notString", property,
            kind(array.get(i)));
      }
    }
    return items;
  }

  private Set<String> strings(JsonObject object, String path, String property) {
    return new LinkedHashSet<>(stringList(object, path, property));
  }

  /** The offending value as JSON, shortened: the same in every language. */
  private static String kind(JsonValue value) {
    return switch (value.getValueType()) {
      case ARRAY -> "[…]";
      case OBJECT -> "{…}";
      default -> abbreviate(value.toString());
    };
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 39) + "…";
  }

  private void problem(String path, String key, Object... args) {
    problems.add(SchemaProblem.of(path, key, args));
  }
}
