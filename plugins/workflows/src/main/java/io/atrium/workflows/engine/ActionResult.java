package io.atrium.workflows.engine;

import java.util.List;

/**
 * The outcome of a start or an action.
 *
 * @param instance the instance right after it
 * @param approvalStatus the record's approval status to write in the same transaction
 * @param events what it caused, in order; none for a repeat, whose events went out the first time
 * @param repeated whether the action was applied before under the same id: then {@code instance} is
 *     the instance as it is now and {@code approvalStatus} the status the action produced
 */
public record ActionResult(ProcessInstance instance, ApprovalStatus approvalStatus, List<EngineEvent> events,
    boolean repeated) {

  /** Freezes the list. */
  public ActionResult {
    events = List.copyOf(events);
  }
}
