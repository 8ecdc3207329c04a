package io.atrium.workflows.engine;

import io.atrium.sdk.expression.CompiledExpression;
import io.atrium.sdk.expression.ExpressionFailedException;
import io.atrium.sdk.expression.Expressions;
import io.atrium.sdk.expression.InvalidExpressionException;
import io.atrium.sdk.workflow.WorkflowAction;
import io.atrium.sdk.workflow.WorkflowActionException;
import io.atrium.workflows.WorkflowsException;
import io.atrium.workflows.WorkflowsMessage;
import io.atrium.workflows.action.ActionRegistry;
import io.atrium.workflows.definition.Automation;
import io.atrium.workflows.definition.AutomationNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs automation nodes: computes their EL values, writes a field through {@link RecordUpdates} or
 * calls a contributed action. A failure fails the whole step, so nothing of it is stored. Thread-safe.
 */
final class Automations {

  private final Expressions expressions;
  private final RecordUpdates records;
  private final ActionRegistry actions;
  private final Map<String, CompiledExpression<Object>> compiled = new ConcurrentHashMap<>();

  Automations(Expressions expressions, RecordUpdates records, ActionRegistry actions) {
    this.expressions = expressions;
    this.records = records;
    this.actions = actions;
  }

  /**
   * Runs a node; a field it sets is also put into {@code fields} and {@code variables}, so the
   * rest of the step sees the new value.
   */
  void run(AutomationNode node, String recordRef, Map<String, Object> fields, Map<String, Object> variables) {
    if (node.automation() instanceof Automation.SetField set) {
      Object value = value(node, set.value(), variables);
      records.setField(recordRef, set.field(), value);
      fields.put(set.field(), value);
      if (!Variables.SUBMITTER.equals(set.field())) {
        variables.put(set.field(), value);
      }
      return;
    }
    Automation.CallAction call = (Automation.CallAction) node.automation();
    WorkflowAction action = actions.find(call.actionId()).orElseThrow(() -> new WorkflowsException(
        WorkflowsMessage.of("workflows.engine.unknownAction", call.actionId(), node.name())));
    Map<String, Object> inputs = new LinkedHashMap<>();
    call.inputs().forEach((name, expression) -> inputs.put(name, value(node, expression, variables)));
    try {
      action.run(recordRef, Collections.unmodifiableMap(inputs), Collections.unmodifiableMap(variables));
    } catch (WorkflowActionException e) {
      throw new WorkflowsException(WorkflowsMessage.of("workflows.engine.actionFailed", call.actionId(), node.name(),
          e.getMessage()));
    }
  }

  private Object value(AutomationNode node, String expression, Map<String, Object> variables) {
    try {
      return compiled.computeIfAbsent(expression, text -> expressions.compile(text, Object.class)).evaluate(variables);
    } catch (InvalidExpressionException | ExpressionFailedException e) {
      throw new WorkflowsException(WorkflowsMessage.of("workflows.engine.automationFailed", node.name(), e.getMessage()));
    }
  }
}
