package io.atrium.forms.schema.json;

import io.atrium.forms.schema.CrossCheck;
import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldNames;
import io.atrium.forms.schema.FieldOption;
import io.atrium.forms.schema.FieldType;
import io.atrium.forms.schema.FormRule;
import io.atrium.forms.schema.FormSchema;
import io.atrium.forms.schema.FormSection;
import io.atrium.forms.schema.SerialPattern;
import io.atrium.forms.values.Dictionaries;
import io.atrium.forms.values.FieldPath;
import io.atrium.forms.values.FieldProblems;
import io.atrium.forms.values.ValueConverter;
import io.atrium.sdk.expression.CompiledExpression;
import io.atrium.sdk.expression.Expressions;
import io.atrium.sdk.expression.InvalidExpressionException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks what a schema means: names, keys, options, limits, patterns, serial patterns, formulas,
 * rules and checks (compiled with {@link Expressions}, fields they read, cycles between formulas).
 * Every problem is reported with the JSON path of its part, as the schema's JSON would have it.
 */
public final class SchemaChecker {

  /** The most files an attachment or image field may take. */
  public static final int MAX_FILES = 100;
  /** The largest file a field may accept: the platform's upload limit. */
  public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

  private static final Pattern FORM_KEY = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final int MAX_KEY = 40;
  private static final Pattern FIELD_ID = Pattern.compile("f[1-9][0-9]{0,8}");
  private static final Pattern DICTIONARY = Pattern.compile("[a-z][a-z0-9_.-]{0,59}");
  private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z]+/([a-z0-9][a-z0-9.+-]*|\\*)");
  private static final Pattern SUM_CALL = Pattern.compile(
      "sum\\(\\s*([A-Za-z][A-Za-z0-9_]*)\\s*,\\s*(?:'([^']*)'|\"([^\"]*)\")\\s*\\)");
  private static final String LIST_SEPARATORS = ",;|、\n\r";

  private final Expressions expressions;

  /** A checker compiling expressions with that service. */
  public SchemaChecker(Expressions expressions) {
    this.expressions = Objects.requireNonNull(expressions, "expressions");
  }

  /** Every problem of a schema built in Java (e.g. a template), with positional JSON paths. */
  public List<SchemaProblem> check(FormSchema schema) {
    return check(schema, new IdentityHashMap<>(), Set.of());
  }

  /**
   * Every problem of a schema read from JSON.
   *
   * @param paths where each part was in the JSON (parts left out of the model shift positions)
   * @param unreadableNames names of fields that could not be read, taken as existing
   */
  List<SchemaProblem> check(FormSchema schema, IdentityHashMap<Object, String> paths, Set<String> unreadableNames) {
    return new Run(schema, paths, unreadableNames).check();
  }

  /** One check of one schema. */
  private final class Run {
    private final FormSchema schema;
    private final IdentityHashMap<Object, String> paths;
    private final Set<String> unreadable;
    private final List<SchemaProblem> problems = new ArrayList<>();
    private final Map<String, String> idPaths = new HashMap<>();
    private final Map<String, String> topNames = new LinkedHashMap<>();
    private final Map<FieldDefinition, String> fieldPaths = new IdentityHashMap<>();
    private final ValueConverter converter = new ValueConverter(Locale.ENGLISH, ZoneOffset.UTC, Dictionaries.none());

    Run(FormSchema schema, IdentityHashMap<Object, String> paths, Set<String> unreadable) {
      this.schema = schema;
      this.paths = paths;
      this.unreadable = unreadable;
    }

    List<SchemaProblem> check() {
      String root = JsonPaths.ROOT;
      if (!schema.key().isEmpty() && (schema.key().length() > MAX_KEY || !FORM_KEY.matcher(schema.key()).matches())) {
        problem(JsonPaths.property(root, "key"), "forms.schema.badKey", schema.key(), MAX_KEY);
      }
      if (schema.sections().isEmpty()) {
        problem(JsonPaths.property(root, "sections"), "forms.schema.noSections");
      } else if (schema.fields().isEmpty() && unreadable.isEmpty()) {
        problem(JsonPaths.property(root, "sections"), "forms.schema.noFields");
      }
      // names first, so that rules and formulas know every field
      for (int i = 0; i < schema.sections().size(); i++) {
        FormSection section = schema.sections().get(i);
        String sectionPath = path(section, JsonPaths.index(JsonPaths.property(root, "sections"), i));
        for (int j = 0; j < section.fields().size(); j++) {
          FieldDefinition field = section.fields().get(j);
          String fieldPath = path(field, JsonPaths.index(JsonPaths.property(sectionPath, "fields"), j));
          fieldPaths.put(field, fieldPath);
          name(field, fieldPath, topNames, null);
          for (int k = 0; k < field.fields().size(); k++) {
            FieldDefinition line = field.fields().get(k);
            fieldPaths.put(line, path(line, JsonPaths.index(JsonPaths.property(fieldPath, "fields"), k)));
          }
        }
      }
      for (FormSection section : schema.sections()) {
        for (FieldDefinition field : section.fields()) {
          field(field, fieldPaths.get(field), section, null);
        }
      }
      formulas();
      for (int i = 0; i < schema.rules().size(); i++) {
        FormRule rule = schema.rules().get(i);
        rule(rule, path(rule, JsonPaths.index(JsonPaths.property(root, "rules"), i)));
      }
      for (int i = 0; i < schema.checks().size(); i++) {
        CrossCheck check = schema.checks().get(i);
        check(check, path(check, JsonPaths.index(JsonPaths.property(root, "checks"), i)));
      }
      return problems;
    }

    private String path(Object part, String positional) {
      return paths.getOrDefault(part, positional);
    }

    private void problem(String path, String key, Object... args) {
      problems.add(SchemaProblem.of(path, key, args));
    }

    // --- fields

    private void name(FieldDefinition field, String path, Map<String, String> scope, FieldDefinition subTable) {
      String at = JsonPaths.property(path, "name");
      String name = field.name();
      if (name.isEmpty()) {
        return;
      }
      if (!FieldNames.wellFormed(name)) {
        problem(at, "forms.schema.badName", name, FieldNames.MAX_LENGTH);
      } else if (FieldNames.reserved(name)) {
        problem(at, "forms.schema.reservedName", name);
      }
      String lower = name.toLowerCase(Locale.ROOT);
      String first = scope.get(lower);
      if (first != null) {
        problem(at, "forms.schema.duplicateName", name, first);
      } else {
        scope.put(lower, path);
      }
      if (subTable != null && topNames.containsKey(lower)) {
        problem(at, "forms.schema.lineNameClash", name, subTable.name(), topNames.get(lower));
      }
    }

    private void field(FieldDefinition field, String path, FormSection section, FieldDefinition subTable) {
      FieldType type = field.type();
      if (field.id() != null) {
        String at = JsonPaths.property(path, "id");
        if (!FIELD_ID.matcher(field.id()).matches()) {
          problem(at, "forms.schema.badId", field.id());
        } else if (idPaths.containsKey(field.id())) {
          problem(at, "forms.schema.duplicateId", field.id(), idPaths.get(field.id()));
        } else {
          idPaths.put(field.id(), path);
        }
      }
      if (section != null && field.span() > section.columns()) {
        problem(JsonPaths.property(path, "span"), "forms.schema.spanTooWide", field.span(), section.columns());
      }
      text(field, path);
      numbers(field, path);
      options(field, path);
      if (field.phoneKind() != null && type == FieldType.PHONE && !List.of(FieldDefinition.PHONE_MOBILE_CN,
          FieldDefinition.PHONE_INTERNATIONAL).contains(field.phoneKind())) {
        problem(JsonPaths.property(path, "phoneKind"), "forms.schema.badChoice", "phoneKind", field.phoneKind(),
            FieldDefinition.PHONE_MOBILE_CN + ", " + FieldDefinition.PHONE_INTERNATIONAL);
      }
      if (field.regionLevel() != null && type == FieldType.REGION
          && !FieldDefinition.REGION_LEVELS.contains(field.regionLevel())) {
        problem(JsonPaths.property(path, "regionLevel"), "forms.schema.badChoice", "regionLevel", field.regionLevel(),
            String.join(", ", FieldDefinition.REGION_LEVELS));
      }
      files(field, path);
      if (type == FieldType.SERIAL) {
        serial(field, path, subTable);
      }
      if (type == FieldType.FORMULA && field.formula() == null) {
        problem(JsonPaths.property(path, "formula"), "forms.schema.noFormula");
      }
      if (type == FieldType.LOOKUP) {
        lookup(field, path);
      }
      if (subTable != null && field.unique()) {
        problem(JsonPaths.property(path, "unique"), "forms.schema.uniqueInLine", subTable.name());
      }
      if (type == FieldType.SUBTABLE) {
        if (subTable != null) {
          problem(JsonPaths.property(path, "type"), "forms.schema.nestedSubtable", subTable.name());
        } else {
          lineFields(field, path);
        }
      }
      defaultValue(field, path);
    }

    private void lineFields(FieldDefinition subTable, String path) {
      if (subTable.fields().isEmpty() && unreadable.isEmpty()) {
        problem(JsonPaths.property(path, "fields"), "forms.schema.noLineFields", subTable.name());
      }
      Map<String, String> scope = new HashMap<>();
      for (FieldDefinition line : subTable.fields()) {
        String linePath = fieldPaths.get(line);
        name(line, linePath, scope, subTable);
        field(line, linePath, null, subTable);
      }
    }

    private void text(FieldDefinition field, String path) {
      Integer minLength = field.minLength();
      Integer maxLength = field.maxLength();
      Integer limit = field.type().maxMaxLength();
      if (minLength != null && minLength < 0) {
        problem(JsonPaths.property(path, "minLength"), "forms.schema.negative", "minLength", minLength);
      }
      if (maxLength != null && limit != null && (maxLength < 1 || maxLength > limit)) {
        problem(JsonPaths.property(path, "maxLength"), "forms.schema.maxLengthRange", maxLength,
            field.type().jsonName(), limit);
      } else if (minLength != null && minLength > 0 && field.effectiveMaxLength() != null
          && minLength > field.effectiveMaxLength()) {
        problem(JsonPaths.property(path, "minLength"), "forms.schema.minAboveMax", "minLength", minLength,
            "maxLength", field.effectiveMaxLength());
      }
      if (field.pattern() != null) {
        try {
          Pattern.compile(field.pattern());
        } catch (PatternSyntaxException e) {
          problem(JsonPaths.property(path, "pattern"), "forms.schema.badPattern", field.pattern(),
              e.getDescription() + " at " + e.getIndex());
        }
      } else if (field.patternMessage() != null) {
        problem(JsonPaths.property(path, "patternMessage"), "forms.schema.messageWithoutPattern");
      }
    }

    private void numbers(FieldDefinition field, String path) {
      BigDecimal min = field.min();
      BigDecimal max = field.max();
      if (min != null && max != null && min.compareTo(max) > 0) {
        problem(JsonPaths.property(path, "min"), "forms.schema.minAboveMax", "min", min, "max", max);
      }
      if (field.type() == FieldType.INTEGER) {
        for (String property : List.of("min", "max")) {
          BigDecimal value = property.equals("min") ? min : max;
          if (value != null && value.stripTrailingZeros().scale() > 0) {
            problem(JsonPaths.property(path, property), "forms.schema.notWholeLimit", property, value);
          }
        }
      }
      if (field.scale() != null && field.type().decimal()
          && (field.scale() < 0 || field.scale() > FieldDefinition.MAX_SCALE)) {
        problem(JsonPaths.property(path, "scale"), "forms.schema.scaleRange", field.scale(), FieldDefinition.MAX_SCALE);
      }
      if (field.currency() != null && field.type() == FieldType.MONEY && !currency(field.currency())) {
        problem(JsonPaths.property(path, "currency"), "forms.schema.badCurrency", field.currency());
      }
    }

    private boolean currency(String code) {
      if (!code.matches("[A-Z]{3}")) {
        return false;
      }
      try {
        Currency.getInstance(code);
        return true;
      } catch (IllegalArgumentException e) {
        return false;
      }
    }

    private void options(FieldDefinition field, String path) {
      if (!field.type().hasOptions()) {
        return;
      }
      if (field.options().isEmpty() && field.dictionary() == null) {
        problem(JsonPaths.property(path, "options"), "forms.schema.noOptions", field.name());
      }
      if (!field.options().isEmpty() && field.dictionary() != null) {
        problem(JsonPaths.property(path, "dictionary"), "forms.schema.optionsAndDictionary");
      }
      if (field.dictionary() != null && !DICTIONARY.matcher(field.dictionary()).matches()) {
        problem(JsonPaths.property(path, "dictionary"), "forms.schema.badDictionary", field.dictionary());
      }
      Map<String, String> seen = new HashMap<>();
      for (int i = 0; i < field.options().size(); i++) {
        FieldOption option = field.options().get(i);
        String optionPath = path(option, JsonPaths.index(JsonPaths.property(path, "options"), i));
        String at = JsonPaths.property(optionPath, "value");
        String value = option.value();
        if (value.isBlank()) {
          problem(at, "forms.schema.missing", "value");
        } else if (value.length() > FieldOption.MAX_VALUE_LENGTH) {
          problem(at, "forms.schema.tooLong", "value", FieldOption.MAX_VALUE_LENGTH);
        } else if (!value.equals(value.strip()) || value.chars().anyMatch(c -> Character.isISOControl(c)
            || LIST_SEPARATORS.indexOf(c) >= 0)) {
          problem(at, "forms.schema.badOptionValue", value);
        } else if (seen.containsKey(value)) {
          problem(at, "forms.schema.duplicateOption", value, seen.get(value));
        } else {
          seen.put(value, optionPath);
        }
      }
    }

    private void files(FieldDefinition field, String path) {
      if (field.maxFiles() != null && (field.maxFiles() < 1 || field.maxFiles() > MAX_FILES)) {
        problem(JsonPaths.property(path, "maxFiles"), "forms.schema.range", "maxFiles", field.maxFiles(), 1, MAX_FILES);
      }
      if (field.maxFileBytes() != null && (field.maxFileBytes() < 1 || field.maxFileBytes() > MAX_FILE_BYTES)) {
        problem(JsonPaths.property(path, "maxFileBytes"), "forms.schema.range", "maxFileBytes", field.maxFileBytes(),
            1, MAX_FILE_BYTES);
      }
      int i = 0;
      for (String mediaType : field.mediaTypes()) {
        String at = JsonPaths.index(JsonPaths.property(path, "mediaTypes"), i++);
        if (!MEDIA_TYPE.matcher(mediaType).matches()) {
          problem(at, "forms.schema.badMediaType", mediaType);
        } else if (field.type() == FieldType.IMAGE && !mediaType.startsWith("image/")) {
          problem(at, "forms.schema.notImageType", mediaType);
        }
      }
    }

    private void serial(FieldDefinition field, String path, FieldDefinition subTable) {
      String at = JsonPaths.property(path, "serialPattern");
      if (subTable != null) {
        problem(JsonPaths.property(path, "type"), "forms.schema.serialInLine", subTable.name());
      }
      if (field.serialPattern() == null) {
        problem(at, "forms.schema.noSerialPattern");
        return;
      }
      try {
        SerialPattern.parse(field.serialPattern());
      } catch (SerialPattern.InvalidPatternException e) {
        problems.add(SchemaProblem.of(at, e.problem()));
      }
    }

    private void lookup(FieldDefinition field, String path) {
      if (field.lookupForm() == null) {
        problem(JsonPaths.property(path, "lookupForm"), "forms.schema.noLookupForm");
      } else if (!FORM_KEY.matcher(field.lookupForm()).matches()) {
        problem(JsonPaths.property(path, "lookupForm"), "forms.schema.badKey", field.lookupForm(), MAX_KEY);
      }
      if (field.lookupDisplayField() == null) {
        problem(JsonPaths.property(path, "lookupDisplayField"), "forms.schema.noLookupDisplay");
      } else if (!FieldNames.wellFormed(field.lookupDisplayField())) {
        problem(JsonPaths.property(path, "lookupDisplayField"), "forms.schema.badName", field.lookupDisplayField(),
            FieldNames.MAX_LENGTH);
      }
    }

    private void defaultValue(FieldDefinition field, String path) {
      if (field.defaultValue() == null || !io.atrium.forms.schema.FieldProperty.DEFAULT_VALUE.appliesTo(field.type())) {
        return;
      }
      String at = JsonPaths.property(path, "defaultValue");
      Object value;
      FieldProblems found = new FieldProblems(Locale.ENGLISH);
      try (JsonReader reader = Json.createReader(new StringReader(field.defaultValue()))) {
        value = converter.fromJson(field, reader.readValue(), FieldPath.of(field, Locale.ENGLISH), found);
      } catch (JsonException e) {
        problem(at, "forms.schema.badDefaultJson", field.defaultValue());
        return;
      }
      if (!found.isEmpty()) {
        problem(at, "forms.schema.badDefault", field.defaultValue(), field.type().jsonName());
        return;
      }
      if (field.type().hasOptions() && !field.options().isEmpty()) {
        Collection<?> values = value instanceof Collection<?> c ? c : value == null ? List.of() : List.of(value);
        Set<String> known = new HashSet<>();
        field.options().forEach(o -> known.add(o.value()));
        for (Object item : values) {
          if (!known.contains(item)) {
            problem(at, "forms.schema.defaultNotOption", item, String.join(", ", known));
          }
        }
      }
    }

    // --- expressions

    private Optional<CompiledExpression<?>> compile(String expression, Class<?> type, String at) {
      try {
        return Optional.of(expressions.compile(expression, type));
      } catch (InvalidExpressionException e) {
        problem(at, "forms.schema.badExpression", expression, e.getMessage());
        return Optional.empty();
      }
    }

    private boolean known(String name, Map<String, String> scope) {
      return scope.containsKey(name.toLowerCase(Locale.ROOT)) && fieldNamed(name).isPresent()
          || unreadable.contains(name);
    }

    private Optional<FieldDefinition> fieldNamed(String name) {
      return schema.field(name);
    }

    private void unknownVariable(String at, String what, String name, Collection<String> candidates) {
      Optional<String> suggestion = Suggestions.closest(name, candidates);
      if (suggestion.isPresent()) {
        problem(at, "forms.schema.unknownFieldSuggest." + what, name, suggestion.get());
      } else {
        problem(at, "forms.schema.unknownField." + what, name);
      }
    }

    private List<String> topLevelNames() {
      return schema.fields().stream().map(FieldDefinition::name).toList();
    }

    private void formulas() {
      // a node per formula field: "name" at the top level, "items.amount" in a sub-table
      Map<String, Set<String>> dependsOn = new LinkedHashMap<>();
      Map<String, String> nodePaths = new HashMap<>();
      Map<String, String> nodeNames = new HashMap<>();
      for (FieldDefinition field : schema.fields()) {
        if (field.type() == FieldType.FORMULA) {
          formula(field, null, dependsOn, nodePaths, nodeNames);
        }
        for (FieldDefinition line : field.fields()) {
          if (line.type() == FieldType.FORMULA) {
            formula(line, field, dependsOn, nodePaths, nodeNames);
          }
        }
      }
      cycles(dependsOn, nodePaths, nodeNames);
    }

    private void formula(FieldDefinition field, FieldDefinition subTable, Map<String, Set<String>> dependsOn,
        Map<String, String> nodePaths, Map<String, String> nodeNames) {
      String node = subTable == null ? field.name() : subTable.name() + "." + field.name();
      String at = JsonPaths.property(fieldPaths.get(field), "formula");
      nodePaths.put(node, at);
      nodeNames.put(node, node);
      Set<String> edges = new LinkedHashSet<>();
      dependsOn.put(node, edges);
      if (field.formula() == null) {
        return;
      }
      Optional<CompiledExpression<?>> compiled = compile(field.formula(), BigDecimal.class, at);
      if (compiled.isEmpty()) {
        return;
      }
      for (String variable : compiled.get().variables()) {
        Optional<FieldDefinition> line = subTable == null ? Optional.empty() : subTable.lineField(variable);
        if (variable.equals(field.name()) && (subTable == null || line.isPresent())) {
          problem(at, "forms.schema.formulaReadsItself", field.name());
          continue;
        }
        if (line.isPresent()) {
          if (line.get().type() == FieldType.FORMULA) {
            edges.add(subTable.name() + "." + variable);
          }
          continue;
        }
        Optional<FieldDefinition> top = schema.field(variable);
        if (top.isEmpty()) {
          if (!unreadable.contains(variable)) {
            List<String> candidates = new ArrayList<>(topLevelNames());
            if (subTable != null) {
              subTable.fields().forEach(f -> candidates.add(f.name()));
            }
            unknownVariable(at, "formula", variable, candidates);
          }
          continue;
        }
        if (top.get().type() == FieldType.FORMULA) {
          edges.add(variable);
        } else if (top.get().type() == FieldType.SUBTABLE) {
          if (subTable != null && top.get().name().equals(subTable.name())) {
            problem(at, "forms.schema.formulaReadsItself", subTable.name());
          }
          top.get().fields().stream().filter(f -> f.type() == FieldType.FORMULA)
              .forEach(f -> edges.add(top.get().name() + "." + f.name()));
        }
      }
      sums(field.formula(), at);
    }

    /** {@code sum(items, 'amount')} must name a sub-table and one of its number fields. */
    private void sums(String formula, String at) {
      Matcher m = SUM_CALL.matcher(formula);
      while (m.find()) {
        Optional<FieldDefinition> subTable = schema.field(m.group(1));
        if (subTable.isEmpty() || subTable.get().type() != FieldType.SUBTABLE) {
          if (subTable.isPresent()) {
            problem(at, "forms.schema.sumNotSubtable", m.group(1));
          }
          continue;
        }
        String lineName = m.group(2) != null ? m.group(2) : m.group(3);
        Optional<FieldDefinition> line = subTable.get().lineField(lineName);
        if (line.isEmpty()) {
          unknownVariable(at, "sum", m.group(1) + "." + lineName, subTable.get().fields().stream()
              .map(f -> m.group(1) + "." + f.name()).toList());
        } else if (!line.get().type().numeric()) {
          problem(at, "forms.schema.sumNotNumber", m.group(1) + "." + lineName, line.get().type().jsonName());
        }
      }
    }

    private void cycles(Map<String, Set<String>> dependsOn, Map<String, String> nodePaths,
        Map<String, String> nodeNames) {
      Set<String> done = new HashSet<>();
      Set<String> reported = new HashSet<>();
      for (String start : dependsOn.keySet()) {
        List<String> stack = new ArrayList<>();
        visit(start, dependsOn, done, stack, reported, nodePaths, nodeNames);
      }
    }

    private void visit(String node, Map<String, Set<String>> dependsOn, Set<String> done, List<String> stack,
        Set<String> reported, Map<String, String> nodePaths, Map<String, String> nodeNames) {
      if (done.contains(node)) {
        return;
      }
      int onStack = stack.indexOf(node);
      if (onStack >= 0) {
        List<String> cycle = new ArrayList<>(stack.subList(onStack, stack.size()));
        Set<String> members = new HashSet<>(cycle);
        if (reported.stream().noneMatch(members::contains)) {
          reported.addAll(members);
          cycle.add(node);
          problem(nodePaths.get(cycle.get(0)), "forms.schema.formulaCycle", String.join(" → ", cycle));
        }
        return;
      }
      stack.add(node);
      for (String next : dependsOn.getOrDefault(node, Set.of())) {
        if (dependsOn.containsKey(next)) {
          visit(next, dependsOn, done, stack, reported, nodePaths, nodeNames);
        }
      }
      stack.remove(stack.size() - 1);
      done.add(node);
    }

    private void rule(FormRule rule, String path) {
      String at = JsonPaths.property(path, "when");
      compile(rule.when(), Boolean.class, at).ifPresent(c -> variables(c, at, "rule"));
      if (rule.show().isEmpty() && rule.hide().isEmpty() && rule.require().isEmpty()) {
        problem(path, "forms.schema.emptyRule");
      }
      Map<String, List<String>> lists = new LinkedHashMap<>();
      lists.put("show", rule.show());
      lists.put("hide", rule.hide());
      lists.put("require", rule.require());
      lists.forEach((property, names) -> {
        for (int i = 0; i < names.size(); i++) {
          String name = names.get(i);
          String itemPath = JsonPaths.index(JsonPaths.property(path, property), i);
          if (!known(name, topNames)) {
            unknownVariable(itemPath, "rule", name, topLevelNames());
          } else if (property.equals("require") && fieldNamed(name).map(f -> f.type().computed()).orElse(false)) {
            problem(itemPath, "forms.schema.requireComputed", name);
          }
        }
      });
    }

    private void check(CrossCheck check, String path) {
      String at = JsonPaths.property(path, "expression");
      compile(check.expression(), Boolean.class, at).ifPresent(c -> variables(c, at, "check"));
      if (!known(check.field(), topNames)) {
        unknownVariable(JsonPaths.property(path, "field"), "check", check.field(), topLevelNames());
      }
    }

    private void variables(CompiledExpression<?> compiled, String at, String what) {
      for (String variable : compiled.variables()) {
        if (!known(variable, topNames)) {
          unknownVariable(at, what, variable, topLevelNames());
        }
      }
    }
  }
}
