package io.atrium.workflows.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An instance of a process on one record, as an immutable snapshot; each action produces the next
 * snapshot with {@code version + 1}.
 *
 * @param id the instance id
 * @param definitionKey the process
 * @param definitionVersion the definition version it started on and keeps
 * @param recordRef the record it approves, in the caller's terms (e.g. {@code forms:expense:42})
 * @param submitterId who started it
 * @param version 1 after the start, then one more per action: the optimistic lock
 * @param status where it stands
 * @param tokens its positions
 * @param tasks every task, open and closed
 * @param trail every action, in order
 * @param counter the last number handed out for token, task and visit ids
 */
public record ProcessInstance(String id, String definitionKey, int definitionVersion, String recordRef, long submitterId,
    long version, InstanceStatus status, List<Token> tokens, List<Task> tasks, List<TrailEntry> trail, int counter) {

  /** Checks the parts and freezes the lists. */
  public ProcessInstance {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    tokens = List.copyOf(tokens);
    tasks = List.copyOf(tasks);
    trail = List.copyOf(trail);
  }

  /** A task by id. */
  public Optional<Task> task(String taskId) {
    return tasks.stream().filter(t -> t.id().equals(taskId)).findFirst();
  }

  /** The tasks on someone's to-do list. */
  public List<Task> pendingTasks() {
    return tasks.stream().filter(t -> t.status() == TaskStatus.PENDING).toList();
  }

  /** The pending task of one person, if they have exactly one or more (the first). */
  public Optional<Task> pendingTaskOf(long userId) {
    return pendingTasks().stream().filter(t -> t.assigneeId() == userId).findFirst();
  }

  /** The record's approval status for this state. */
  public ApprovalStatus approvalStatus() {
    return switch (status) {
      case APPROVED -> ApprovalStatus.APPROVED;
      case REJECTED -> ApprovalStatus.REJECTED;
      case WITHDRAWN -> ApprovalStatus.WITHDRAWN;
      case RUNNING -> pendingTasks().stream().anyMatch(t -> t.origin() == TaskOrigin.RESUBMIT)
          ? ApprovalStatus.DRAFT : ApprovalStatus.IN_APPROVAL;
    };
  }
}
