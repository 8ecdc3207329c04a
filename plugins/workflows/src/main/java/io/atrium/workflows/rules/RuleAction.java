package io.atrium.workflows.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** What a rule does when it runs; values written as text are EL expressions over the record. */
public sealed interface RuleAction {

  /** Sets fields of the record to the values of expressions, e.g. {@code status: "'contacted'"}. */
  record UpdateFields(Map<String, String> values) implements RuleAction {
    /** Freezes the values. */
    public UpdateFields {
      values = frozen(values);
    }
  }

  /** Makes someone the record's owner. */
  record AssignOwner(OwnerChoice choice) implements RuleAction {
    /** Checks the parts. */
    public AssignOwner {
      Objects.requireNonNull(choice, "choice");
    }
  }

  /** Creates a record in a record source with the values of expressions. */
  record CreateRecord(String source, Map<String, String> values) implements RuleAction {
    /** Freezes the values. */
    public CreateRecord {
      values = frozen(values);
    }
  }

  /** Creates a to-do about the record for each recipient, due after a time. */
  record CreateTodo(String title, Recipients assignees, DueIn due) implements RuleAction {
    /** Checks the parts. */
    public CreateTodo {
      Objects.requireNonNull(assignees, "assignees");
      Objects.requireNonNull(due, "due");
    }
  }

  /** Starts the published process of a definition key on the record. */
  record StartProcess(String definitionKey) implements RuleAction {
  }

  /** Sends a notification about the record. */
  record Notify(Recipients recipients, String message) implements RuleAction {
    /** Checks the parts. */
    public Notify {
      Objects.requireNonNull(recipients, "recipients");
    }
  }

  /** Calls an action a plugin contributes, by its id, with the values of expressions as inputs. */
  record CallAction(String actionId, Map<String, String> inputs) implements RuleAction {
    /** Freezes the inputs. */
    public CallAction {
      inputs = frozen(inputs);
    }
  }

  /**
   * Returns a lead to the public pool (公海池): clears the owner and sets a status field.
   *
   * @param statusField the field to set, e.g. {@code status}
   * @param statusValue its new value as text, e.g. {@code public}
   */
  record ReturnToPool(String statusField, String statusValue) implements RuleAction {
  }

  private static Map<String, String> frozen(Map<String, String> values) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
