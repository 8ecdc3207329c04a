package io.atrium.workflows.rules.run;

import io.atrium.sdk.expression.CompiledExpression;
import io.atrium.sdk.expression.ExpressionFailedException;
import io.atrium.sdk.expression.Expressions;
import io.atrium.sdk.expression.InvalidExpressionException;
import io.atrium.workflows.WorkflowsException;
import io.atrium.workflows.WorkflowsMessage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Compiles rule expressions once per text and type and evaluates them; a failure names the expression. Thread-safe. */
final class Evaluator {

  private final Expressions expressions;
  private final Map<String, CompiledExpression<?>> compiled = new ConcurrentHashMap<>();

  Evaluator(Expressions expressions) {
    this.expressions = expressions;
  }

  /** Whether a condition holds; null (no condition) holds. */
  boolean holds(String condition, Map<String, Object> variables) {
    return condition == null || Boolean.TRUE.equals(evaluate(condition, Boolean.class, variables));
  }

  /** The values of a map of expressions, in order. */
  Map<String, Object> values(Map<String, String> expressions, Map<String, Object> variables) {
    Map<String, Object> values = new LinkedHashMap<>();
    expressions.forEach((name, text) -> values.put(name, evaluate(text, Object.class, variables)));
    return values;
  }

  private <T> T evaluate(String text, Class<T> type, Map<String, Object> variables) {
    try {
      @SuppressWarnings("unchecked")
      CompiledExpression<T> expression = (CompiledExpression<T>) compiled.computeIfAbsent(type.getName() + ":" + text,
          key -> expressions.compile(text, type));
      return expression.evaluate(variables);
    } catch (InvalidExpressionException | ExpressionFailedException e) {
      throw new WorkflowsException(WorkflowsMessage.of("workflows.rules.run.expressionFailed", text, e.getMessage()));
    }
  }
}
