package io.atrium.workflows.approver;

import io.atrium.sdk.expression.Expressions;
import io.atrium.sdk.expression.InvalidExpressionException;
import io.atrium.sdk.identity.Directory;
import io.atrium.workflows.definition.ApproverRule;
import io.atrium.workflows.definition.DefinitionProblem;
import io.atrium.workflows.definition.ExpressionRule;
import java.util.List;
import java.util.Set;

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
  public List<Long> resolve(ApproverRule rule, ApproverContext context) {
    // compiled per use: resolving is rare next to the approvals themselves
    Object value = expressions.compile(((ExpressionRule) rule).expression(), Object.class).evaluate(context.variables());
    return PeopleValues.ids(value, directory);
  }

  @Override
  public List<DefinitionProblem> check(ApproverRule rule, String path, Set<String> knownFields) {
    String expression = ((ExpressionRule) rule).expression();
    if (expression.isBlank()) {
      return List.of(DefinitionProblem.of(path + ".expression", "workflows.definition.noExpression"));
    }
    try {
      expressions.compile(expression, Object.class);
      return List.of();
    } catch (InvalidExpressionException e) {
      return List.of(DefinitionProblem.of(path + ".expression", "workflows.definition.invalidExpression", e.getMessage()));
    }
  }
}
