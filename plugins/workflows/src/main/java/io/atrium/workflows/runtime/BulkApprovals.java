package io.atrium.workflows.runtime;

import io.atrium.sdk.portal.BulkResult;
import io.atrium.workflows.WorkflowsException;
import io.atrium.workflows.WorkflowsMessage;
import io.atrium.workflows.engine.ProcessInstance;
import io.atrium.workflows.engine.StaleInstanceException;
import io.atrium.workflows.engine.Task;
import io.atrium.workflows.engine.TaskOrigin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Bulk approve (批量同意) from the to-do center: each selected task is approved as if its assignee
 * pressed Approve on it, in a transaction of its own, so that one refused task (decided meanwhile,
 * not the caller's) does not hold back the others and says why.
 */
final class BulkApprovals {

  /** Someone acting on the same instance at the same moment: read it again this many times. */
  private static final int ATTEMPTS = 3;

  private final Approvals approvals;

  BulkApprovals(Approvals approvals) {
    this.approvals = approvals;
  }

  /** Approves each task with the comment; the result names the approved ones and why the others were not. */
  BulkResult approve(List<String> taskIds, String comment, Locale locale) {
    List<String> done = new ArrayList<>();
    Map<String, String> failed = new LinkedHashMap<>();
    for (String taskId : taskIds) {
      try {
        approve(taskId, comment);
        done.add(taskId);
      } catch (WorkflowsException e) {
        failed.put(taskId, e.getMessage(locale));
      }
    }
    return new BulkResult(done, failed);
  }

  private void approve(String taskId, String comment) {
    for (int attempt = 1; ; attempt++) {
      ProcessInstance instance = approvals.instance(approvals.instanceOf(taskId));
      Task task = instance.task(taskId).orElseThrow();
      if (task.origin() == TaskOrigin.RESUBMIT) {
        // the record is back with its submitter, who changes it before submitting again
        throw new WorkflowsInputException(WorkflowsMessage.of("workflows.tasks.bulkResubmit"));
      }
      TaskCommand approve = new TaskCommand(TaskCommand.Kind.APPROVE, UUID.randomUUID().toString(), comment, null,
          null, false);
      try {
        approvals.act(taskId, instance.version(), approve);
        return;
      } catch (StaleInstanceException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }
}
