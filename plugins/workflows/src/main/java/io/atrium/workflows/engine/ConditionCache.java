package io.atrium.workflows.engine;

import io.atrium.sdk.expression.CompiledExpression;
import io.atrium.sdk.expression.ExpressionFailedException;
import io.atrium.sdk.expression.Expressions;
import io.atrium.sdk.expression.InvalidExpressionException;
import io.atrium.workflows.WorkflowsException;
import io.atrium.workflows.WorkflowsMessage;
import io.atrium.workflows.definition.Branch;
import io.atrium.workflows.definition.ConditionNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Compiles branch conditions once per text and picks a condition node's branch. Thread-safe. */
final class ConditionCache {

  private final Expressions expressions;
  private final Map<String, CompiledExpression<Boolean>> compiled = new ConcurrentHashMap<>();

  ConditionCache(Expressions expressions) {
    this.expressions = expressions;
  }

  /**
   * The first branch whose condition holds, else the default branch. A condition that cannot be
   * evaluated fails the action rather than routing the record somewhere it may not belong.
   */
  Branch choose(ConditionNode node, Map<String, Object> variables) {
    for (Branch branch : node.branches()) {
      if (branch.isDefault() || branch.condition() == null) {
        continue;
      }
      if (Boolean.TRUE.equals(evaluate(node, branch, variables))) {
        return branch;
      }
    }
    return node.defaultBranch().orElseThrow(() -> new WorkflowsException(
        WorkflowsMessage.of("workflows.engine.noBranch", node.name())));
  }

  private Boolean evaluate(ConditionNode node, Branch branch, Map<String, Object> variables) {
    try {
      return compiled.computeIfAbsent(branch.condition(), text -> expressions.compile(text, Boolean.class))
          .evaluate(variables);
    } catch (InvalidExpressionException | ExpressionFailedException e) {
      throw new WorkflowsException(WorkflowsMessage.of("workflows.engine.conditionFailed", branch.name(), node.name(),
          e.getMessage()));
    }
  }
}
