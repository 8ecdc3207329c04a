package io.atrium.workflows.engine;

import java.util.List;

/**
 * The outcome of a start or an action.
 *
 * @param instance the instance right after it
 * @param approvalStatus the record's approval status to write in the same transaction
 * @param events what it caused, in order
 * @param repeated whether this is the stored outcome of an action applied before under the same id
 */
public record ActionResult(ProcessInstance instance, ApprovalStatus approvalStatus, List<EngineEvent> events,
    boolean repeated) {

  /** Freezes the list. */
  public ActionResult {
    events = List.copyOf(events);
  }

  /** The same outcome, handed out again. */
  ActionResult asRepeat() {
    return new ActionResult(instance, approvalStatus, events, true);
  }
}
