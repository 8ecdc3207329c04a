package io.atrium.workflows.runtime;

import io.atrium.sdk.record.RecordValidationException;
import io.atrium.workflows.WorkflowsMessage;
import io.atrium.workflows.definition.FieldAccess;
import io.atrium.workflows.definition.FieldRights;
import io.atrium.workflows.definition.Node;
import io.atrium.workflows.engine.ProcessInstance;
import io.atrium.workflows.engine.Task;

/**
 * Writes the record fields an assignee changed with their approval, in the approval's transaction
 * and before the engine's step (so that conditions after the node see the new values). Only the
 * fields the task's node makes writable ({@link FieldRights}); the record source validates the
 * values as a user's edit.
 */
final class TaskFieldWrites {

  private final ApprovalEngine parts;
  private final RecordSources records;

  TaskFieldWrites(ApprovalEngine parts, RecordSources records) {
    this.parts = parts;
    this.records = records;
  }

  /** The node of a task, in the version its instance runs on (the engine's cached graph). */
  Node node(ProcessInstance instance, Task task) {
    return parts.engine().node(instance, task.nodeId()).orElseThrow(() -> new WorkflowsNotFoundException(
        WorkflowsMessage.of("workflows.runtime.unknownTask", task.id())));
  }

  /**
   * Checks and writes the command's values at the task's node (the caller skips a repeated action id).
   *
   * @throws WorkflowsInputException when the action is not an approval, a field is not writable at
   *     the node, or the record source refuses a value
   */
  void write(ProcessInstance instance, Task task, Node node, TaskCommand command) {
    if (command.kind() != TaskCommand.Kind.APPROVE) {
      throw new WorkflowsInputException(WorkflowsMessage.of("workflows.runtime.valuesOnlyOnApprove"));
    }
    FieldRights rights = FieldRights.at(node);
    for (String field : command.values().keySet()) {
      if (rights.access(field) != FieldAccess.WRITE) {
        throw new WorkflowsInputException(WorkflowsMessage.of("workflows.runtime.fieldNotWritable", field,
            node.name()));
      }
    }
    RecordRef ref = RecordRef.parse(instance.recordRef());
    try {
      records.sourceOf(ref).update(ref.id(), -1, command.values());
    } catch (RecordValidationException e) {
      throw new WorkflowsInputException(WorkflowsMessage.of("workflows.runtime.badValues", e.getMessage()));
    }
  }
}
