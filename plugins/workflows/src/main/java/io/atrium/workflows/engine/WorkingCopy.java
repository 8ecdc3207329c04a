package io.atrium.workflows.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mutable copy of an instance snapshot that one engine step works on: tokens and tasks by id
 * (in snapshot order), the trail, the events, the id counter; and the small edits the moves share.
 */
final class WorkingCopy {

  final Map<String, Token> tokens = new LinkedHashMap<>();
  final Map<String, Task> tasks = new LinkedHashMap<>();
  final List<TrailEntry> trail = new ArrayList<>();
  final List<EngineEvent> events = new ArrayList<>();
  final ProcessInstance before;
  final Instant now;
  final String instanceId;
  final long submitterId;
  InstanceStatus status;
  private int counter;

  WorkingCopy(ProcessInstance instance, Instant now) {
    this.before = instance;
    this.now = now;
    this.instanceId = instance.id();
    this.submitterId = instance.submitterId();
    this.status = instance.status();
    this.counter = instance.counter();
    instance.tokens().forEach(t -> tokens.put(t.id(), t));
    instance.tasks().forEach(t -> tasks.put(t.id(), t));
    trail.addAll(instance.trail());
  }

  /** The snapshot after the step, one version on. */
  ProcessInstance result() {
    return new ProcessInstance(instanceId, before.definitionKey(), before.definitionVersion(), before.recordRef(),
        submitterId, before.version() + 1, status, List.copyOf(tokens.values()), List.copyOf(tasks.values()), trail,
        counter);
  }

  /** Puts a new waiting task into an anchor's seat, just before or after it. */
  void insert(Task anchor, boolean ahead, long assigneeId, TaskOrigin origin) {
    List<Task> seat = tasks.values().stream()
        .filter(t -> t.visit() == anchor.visit() && t.seat() == anchor.seat())
        .sorted(Comparator.comparingInt(Task::ordinal))
        .toList();
    List<Task> ordered = new ArrayList<>(seat);
    int at = ordered.indexOf(tasks.get(anchor.id())) + (ahead ? 0 : 1);
    Token token = tokens.get(anchor.tokenId());
    ordered.add(at, newTask(token, anchor.seat(), assigneeId, origin));
    for (int i = 0; i < ordered.size(); i++) {
      Task renumbered = ordered.get(i).withOrdinal(i);
      tasks.put(renumbered.id(), renumbered);
    }
  }

  Task newTask(Token token, int seat, long assigneeId, TaskOrigin origin) {
    return new Task(nextId(""), token.id(), token.nodeId(), token.visit(), seat, 0, assigneeId, origin,
        TaskStatus.WAITING, false, now, null);
  }

  /** The live tasks of the token's current visit, seat by seat, in order. */
  List<List<Task>> seats(Token token) {
    Map<Integer, List<Task>> bySeat = new TreeMap<>();
    tasks.values().stream()
        .filter(t -> t.visit() == token.visit() && t.status() != TaskStatus.TRANSFERRED
            && t.status() != TaskStatus.DELEGATED && t.status() != TaskStatus.CANCELLED)
        .sorted(Comparator.comparingInt(Task::ordinal))
        .forEach(t -> bySeat.computeIfAbsent(t.seat(), s -> new ArrayList<>()).add(t));
    return new ArrayList<>(bySeat.values());
  }

  void close(Task task, TaskStatus outcome) {
    Task closed = task.in(outcome, now);
    tasks.put(closed.id(), closed);
    events.add(new EngineEvent.TaskClosed(closed));
  }

  void cancelOpenTasks(Token token) {
    for (Task task : List.copyOf(tasks.values())) {
      if (task.tokenId().equals(token.id()) && task.status().open()) {
        tasks.put(task.id(), task.in(TaskStatus.CANCELLED, now));
        if (task.status() == TaskStatus.PENDING) {
          events.add(new EngineEvent.TaskClosed(tasks.get(task.id())));
        }
      }
    }
  }

  /** The node passed last on the way to the token: its own trail, else its parent's up to the split. */
  Step previousStep(Token token) {
    for (Token t = token; t != null; t = parent(t)) {
      if (!t.trail().isEmpty()) {
        return t.trail().get(t.trail().size() - 1);
      }
    }
    return null;
  }

  Token parent(Token token) {
    return token.parentId() == null ? null : tokens.get(token.parentId());
  }

  Token put(Token token) {
    tokens.put(token.id(), token);
    return token;
  }

  int nextVisit() {
    return ++counter;
  }

  String nextId(String prefix) {
    return instanceId + "-" + prefix + (++counter);
  }

  void record(Long actor, TrailKind kind, String nodeId, String taskId, List<Long> people, String target,
      String comment) {
    trail.add(new TrailEntry(now, actor, kind, nodeId, taskId, people, target, comment));
  }

  Task pendingTask(String taskId, long actorId) {
    Task task = tasks.get(taskId);
    if (task == null) {
      throw Refusal.of("workflows.engine.unknownTask", taskId);
    }
    if (task.assigneeId() != actorId) {
      throw Refusal.of("workflows.engine.notYourTask", taskId);
    }
    if (task.status() != TaskStatus.PENDING) {
      throw Refusal.of("workflows.engine.taskNotPending", taskId, task.status().name().toLowerCase(java.util.Locale.ROOT));
    }
    return task;
  }
}
