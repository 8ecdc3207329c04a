package io.atrium.workflows.definition;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** What an {@link AutomationNode} does. */
public sealed interface Automation {

  /**
   * Sets a field of the record to the value of an EL expression over the variables.
   *
   * @param field the record field
   * @param value the expression, e.g. {@code amount * 1.06}
   */
  record SetField(String field, String value) implements Automation {

    /** Checks the parts. */
    public SetField {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * Calls an action a plugin contributes ({@link io.atrium.sdk.workflow.WorkflowAction}).
   *
   * @param actionId the action's id
   * @param inputs input name to EL expression, in order
   */
  record CallAction(String actionId, Map<String, String> inputs) implements Automation {

    /** Checks the id and freezes the inputs, keeping their order. */
    public CallAction {
      Objects.requireNonNull(actionId, "actionId");
      inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }
  }
}
