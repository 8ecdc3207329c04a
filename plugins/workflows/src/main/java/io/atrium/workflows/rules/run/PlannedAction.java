package io.atrium.workflows.rules.run;

import java.util.List;

/**
 * An action of a run with its effects.
 *
 * @param index the action's position in the rule
 * @param key the idempotency key: run id and index
 * @param effects what it changes
 * @param alreadyApplied whether an earlier delivery of the event applied it, so it was not applied again
 */
public record PlannedAction(int index, String key, List<PlannedEffect> effects, boolean alreadyApplied) {

  /** Freezes the effects. */
  public PlannedAction {
    effects = List.copyOf(effects);
  }
}
