package io.atrium.workflows.rules;

import java.util.List;
import java.util.Objects;

/**
 * An automation rule: when the trigger fires and the condition holds, the actions run in order.
 *
 * @param id the rule's key, unique in the installation
 * @param name what people call it
 * @param enabled whether it runs
 * @param source the record source key it watches (for a schedule: the source its actions work on, or null)
 * @param trigger when it runs
 * @param condition an EL condition over the record, or null for always
 * @param actions what it does, at least one
 */
public record Rule(String id, String name, boolean enabled, String source, Trigger trigger, String condition,
    List<RuleAction> actions) {

  /** Checks the parts and freezes the actions. */
  public Rule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(trigger, "trigger");
    actions = List.copyOf(actions);
  }
}
