package io.atrium.forms.validation;

import io.atrium.forms.schema.CrossCheck;
import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldType;
import io.atrium.forms.schema.FormRule;
import io.atrium.forms.schema.FormSchema;
import io.atrium.sdk.expression.CompiledExpression;
import io.atrium.sdk.expression.Expressions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A schema's expressions compiled once: formulas in the order their dependencies need, rules and
 * cross-field checks. Thread-safe; keep one per published schema version.
 */
public final class FormLogic {

  /** A formula field and its compiled formula; {@code subTable} is set for a line formula. */
  record Formula(FieldDefinition field, FieldDefinition subTable, CompiledExpression<BigDecimal> expression) {
  }

  /** A rule and its compiled condition. */
  record Rule(FormRule rule, CompiledExpression<Boolean> condition) {
  }

  /** A check and its compiled expression. */
  record Check(CrossCheck check, CompiledExpression<Boolean> expression) {
  }

  private final FormSchema schema;
  private final List<Formula> formulas;
  private final List<Rule> rules;
  private final List<Check> checks;

  private FormLogic(FormSchema schema, List<Formula> formulas, List<Rule> rules, List<Check> checks) {
    this.schema = schema;
    this.formulas = List.copyOf(formulas);
    this.rules = List.copyOf(rules);
    this.checks = List.copyOf(checks);
  }

  /**
   * Compiles a schema's expressions.
   *
   * @throws io.atrium.sdk.expression.InvalidExpressionException when one does not compile (a schema
   *     that passed {@link io.atrium.forms.schema.json.SchemaChecker} has none)
   * @throws IllegalArgumentException when formulas depend on each other in a cycle
   */
  public static FormLogic compile(FormSchema schema, Expressions expressions) {
    Objects.requireNonNull(schema, "schema");
    Map<String, Formula> byNode = new LinkedHashMap<>();
    for (FieldDefinition field : schema.fields()) {
      if (field.type() == FieldType.FORMULA && field.formula() != null) {
        byNode.put(field.name(), new Formula(field, null, expressions.compile(field.formula(), BigDecimal.class)));
      }
      for (FieldDefinition line : field.fields()) {
        if (line.type() == FieldType.FORMULA && line.formula() != null) {
          byNode.put(field.name() + "." + line.name(),
              new Formula(line, field, expressions.compile(line.formula(), BigDecimal.class)));
        }
      }
    }
    List<Formula> ordered = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (String node : byNode.keySet()) {
      order(node, byNode, schema, done, new LinkedHashSet<>(), ordered);
    }
    List<Rule> rules = new ArrayList<>();
    for (FormRule rule : schema.rules()) {
      rules.add(new Rule(rule, expressions.compile(rule.when(), Boolean.class)));
    }
    List<Check> checks = new ArrayList<>();
    for (CrossCheck check : schema.checks()) {
      checks.add(new Check(check, expressions.compile(check.expression(), Boolean.class)));
    }
    return new FormLogic(schema, ordered, rules, checks);
  }

  private static void order(String node, Map<String, Formula> byNode, FormSchema schema, Set<String> done,
      Set<String> visiting, List<Formula> ordered) {
    if (done.contains(node)) {
      return;
    }
    if (!visiting.add(node)) {
      throw new IllegalArgumentException("The formulas of form " + schema.key() + " depend on each other in a cycle: "
          + String.join(" → ", visiting) + " → " + node);
    }
    Formula formula = byNode.get(node);
    for (String dependency : dependencies(formula, byNode, schema)) {
      order(dependency, byNode, schema, done, visiting, ordered);
    }
    visiting.remove(node);
    done.add(node);
    ordered.add(formula);
  }

  private static Set<String> dependencies(Formula formula, Map<String, Formula> byNode, FormSchema schema) {
    Set<String> nodes = new LinkedHashSet<>();
    for (String variable : formula.expression().variables()) {
      if (formula.subTable() != null && formula.subTable().lineField(variable).isPresent()) {
        nodes.add(formula.subTable().name() + "." + variable);
        continue;
      }
      schema.field(variable).ifPresent(field -> {
        if (field.type() == FieldType.FORMULA) {
          nodes.add(variable);
        } else if (field.type() == FieldType.SUBTABLE) {
          field.fields().forEach(line -> nodes.add(field.name() + "." + line.name()));
        }
      });
    }
    // only formulas are computed; a formula does not wait for itself (the checker refuses that)
    nodes.retainAll(byNode.keySet());
    nodes.removeIf(node -> byNode.get(node) == formula);
    return nodes;
  }

  /** The schema. */
  public FormSchema schema() {
    return schema;
  }

  List<Formula> formulas() {
    return formulas;
  }

  List<Rule> rules() {
    return rules;
  }

  List<Check> checks() {
    return checks;
  }
}
