package io.atrium.workflows.ui;

import io.atrium.workflows.engine.Task;
import java.util.List;

/**
 * The caller's task with its instance, as the task page shows it.
 *
 * @param task the task
 * @param nodeName the name of its node
 * @param atStart whether the record is back with the submitter (the task is to submit it again)
 * @param mayReject whether the node allows a reject (handler nodes complete or return only)
 * @param returnTargets the earlier nodes the record can go back to, nearest last
 * @param instance the instance it belongs to
 * @param needsSignature whether approving needs the approver's handwritten signature
 */
public record TaskView(Task task, String nodeName, boolean atStart, boolean mayReject,
    List<ReturnTarget> returnTargets, InstanceView instance, boolean needsSignature) {

  /** Freezes the list. */
  public TaskView {
    returnTargets = List.copyOf(returnTargets);
  }
}
