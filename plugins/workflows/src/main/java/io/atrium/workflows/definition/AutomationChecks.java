package io.atrium.workflows.definition;

import io.atrium.sdk.expression.Expressions;
import io.atrium.workflows.action.ActionRegistry;
import io.atrium.workflows.definition.json.JsonPaths;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checks of automation and delay nodes: fields, expressions, actions, durations. */
final class AutomationChecks {

  private final Expressions expressions;
  private final ActionRegistry actions;

  AutomationChecks(Expressions expressions, ActionRegistry actions) {
    this.expressions = expressions;
    this.actions = actions;
  }

  /** The problems of an automation node at a path. */
  void automation(AutomationNode node, String at, Set<String> knownFields, List<DefinitionProblem> into) {
    if (node.automation() instanceof Automation.SetField set) {
      String path = JsonPaths.property(at, "setField");
      field(set.field(), JsonPaths.property(path, "field"), knownFields, into);
      expression(set.value(), JsonPaths.property(path, "value"), knownFields, into);
    } else if (node.automation() instanceof Automation.CallAction call) {
      String path = JsonPaths.property(at, "callAction");
      if (call.actionId().isBlank()) {
        into.add(DefinitionProblem.of(JsonPaths.property(path, "action"), "workflows.definition.noAction"));
      } else if (actions.find(call.actionId()).isEmpty()) {
        into.add(DefinitionProblem.of(JsonPaths.property(path, "action"), "workflows.definition.unknownAction",
            call.actionId()));
      }
      for (Map.Entry<String, String> input : call.inputs().entrySet()) {
        expression(input.getValue(), JsonPaths.property(JsonPaths.property(path, "inputs"), input.getKey()), knownFields,
            into);
      }
    }
  }

  /** The problems of a delay node at a path. */
  void delay(DelayNode node, String at, Set<String> knownFields, List<DefinitionProblem> into) {
    if (node.delay() instanceof Delay.For wait) {
      Durations.check(wait.length(), wait.counting(), JsonPaths.property(at, "after"), into);
    } else if (node.delay() instanceof Delay.UntilField until) {
      field(until.field(), JsonPaths.property(at, "untilField"), knownFields, into);
    }
  }

  private void expression(String text, String path, Set<String> knownFields, List<DefinitionProblem> into) {
    if (text.isBlank()) {
      into.add(DefinitionProblem.of(path, "workflows.definition.noExpression"));
    } else {
      ExpressionCheck.check(expressions, text, Object.class, path, knownFields, into);
    }
  }

  private static void field(String field, String path, Set<String> knownFields, List<DefinitionProblem> into) {
    if (field.isBlank()) {
      into.add(DefinitionProblem.of(path, "workflows.definition.noField"));
    } else if (knownFields != null && !knownFields.contains(field)) {
      into.add(DefinitionProblem.of(path, "workflows.definition.unknownField", field));
    }
  }
}
