package io.atrium.workflows.approver;

import io.atrium.sdk.expression.Expressions;
import io.atrium.sdk.expression.InvalidExpressionException;
import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.workflow.ApproverContext;
import io.atrium.sdk.workflow.ApproverStrategy;
import io.atrium.sdk.workflow.CheckContext;
import io.atrium.sdk.workflow.RuleConfig;
import io.atrium.sdk.workflow.RuleProblem;
import io.atrium.workflows.definition.ExpressionRule;
import java.util.List;

/** {@link ExpressionRule}: the people an EL expression over the record and the submitter names. */
public final class ExpressionStrategy implements ApproverStrategy {

  private final Directory directory;
  private final Expressions expressions;

  /** Creates the strategy. */
  public ExpressionStrategy(Directory directory, Expressions expressions) {
    this.directory = directory;
    this.expressions = expressions;
  }

  @Override
  public String type() {
    return ExpressionRule.TYPE;
  }

  @Override
  public String nameKey() {
    return "workflows.rule.expression";
  }

  @Override
  public List<Long> resolve(RuleConfig rule, ApproverContext context) {
    // compiled per use: resolving is rare next to the approvals themselves
    Object value = expressions.compile(rule.text("expression").orElse(""), Object.class).evaluate(context.variables());
    return PeopleValues.ids(value, directory);
  }

  @Override
  public List<RuleProblem> check(RuleConfig rule, CheckContext context) {
    String expression = rule.text("expression").orElse("");
    if (expression.isBlank()) {
      return List.of(RuleProblem.of("expression", "workflows.definition.noExpression"));
    }
    try {
      expressions.compile(expression, Object.class);
      return List.of();
    } catch (InvalidExpressionException e) {
      return List.of(RuleProblem.of("expression", "workflows.definition.invalidExpression", e.getMessage()));
    }
  }
}
