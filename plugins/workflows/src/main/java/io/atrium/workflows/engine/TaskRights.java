package io.atrium.workflows.engine;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may take back a delegated task (收回) and remove an added signer (减签), read off an instance's
 * tasks and trail; the engine checks with it and the pages offer the buttons with it.
 */
public final class TaskRights {

  private TaskRights() {
  }

  /** The caller's delegated tasks that can still be taken back, by the delegate's pending task. */
  public static Map<String, String> reclaimable(ProcessInstance instance, long userId) {
    Map<String, String> byDelegate = new LinkedHashMap<>();
    for (Task task : instance.tasks()) {
      if (task.assigneeId() == userId && task.status() == TaskStatus.DELEGATED) {
        Task delegate = delegateOf(instance.tasks(), task);
        if (delegate != null && delegate.status() == TaskStatus.PENDING) {
          byDelegate.put(delegate.id(), task.id());
        }
      }
    }
    return byDelegate;
  }

  /** The pending signer tasks the caller added and may remove. */
  public static Set<String> removableSigners(ProcessInstance instance, long userId) {
    Set<String> removable = new LinkedHashSet<>();
    for (Task task : instance.tasks()) {
      if (task.status().open() && isAddedSigner(task) && addedBy(instance.tasks(), instance.trail(), task, userId)) {
        removable.add(task.id());
      }
    }
    return removable;
  }

  /** The task a delegated one went to: the next in its seat, when that came from the delegation; else null. */
  static Task delegateOf(Collection<Task> tasks, Task delegated) {
    Task next = tasks.stream().filter(t -> sameSeat(t, delegated) && t.ordinal() == delegated.ordinal() + 1)
        .findFirst().orElse(null);
    boolean fromDelegation = next != null
        && (next.origin() == TaskOrigin.DELEGATION || next.origin() == TaskOrigin.OUT_OF_OFFICE);
    return fromDelegation ? next : null;
  }

  /** Whether a task is a signer someone added, before or after them. */
  static boolean isAddedSigner(Task task) {
    return task.origin() == TaskOrigin.ADDED_BEFORE || task.origin() == TaskOrigin.ADDED_AFTER;
  }

  /** Whether the actor added the signer: the trail names the adder's task, in the signer's seat, and the signer. */
  static boolean addedBy(Collection<Task> tasks, List<TrailEntry> trail, Task signer, long actorId) {
    return trail.stream().anyMatch(e -> (e.kind() == TrailKind.SIGNER_ADDED_BEFORE
        || e.kind() == TrailKind.SIGNER_ADDED_AFTER) && e.actorId() != null && e.actorId() == actorId
        && e.people().contains(signer.assigneeId()) && e.taskId() != null
        && tasks.stream().anyMatch(t -> t.id().equals(e.taskId()) && sameSeat(t, signer)));
  }

  private static boolean sameSeat(Task a, Task b) {
    return a.visit() == b.visit() && a.seat() == b.seat() && a.tokenId().equals(b.tokenId());
  }
}
