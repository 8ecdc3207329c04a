package io.atrium.kernel.portal;

import io.atrium.sdk.portal.BulkResult;
import io.atrium.sdk.portal.Task;
import io.atrium.sdk.portal.TaskAction;
import io.atrium.sdk.portal.TaskBox;
import io.atrium.sdk.portal.TaskPage;
import io.atrium.sdk.portal.TaskProvider;
import io.atrium.sdk.portal.TaskQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A task provider over a list in memory that filters, orders and pages as a real one must, and
 * remembers what it was asked. Its bulk actions: {@code approve}, and {@code reject}, which needs a
 * comment. Tasks whose id starts with {@code locked} cannot be approved; {@code ghost} ones are
 * not reported on.
 */
class FakeTasks implements TaskProvider {

  static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

  final List<TaskQuery> asked = new CopyOnWriteArrayList<>();
  final List<String> performed = new CopyOnWriteArrayList<>();
  private final String id;
  private final Map<TaskBox, List<Task>> tasks = new EnumMap<>(TaskBox.class);
  volatile RuntimeException failure;

  FakeTasks(String id) {
    this.id = id;
    for (TaskBox box : TaskBox.values()) {
      tasks.put(box, new ArrayList<>());
    }
  }

  /** Adds a task that arrived {@code minutes} after T0. */
  FakeTasks task(TaskBox box, String taskId, int minutes) {
    tasks.get(box).add(new Task(taskId, "Task " + taskId, "about " + taskId, "/" + id + "/" + taskId, "Bob", "",
        T0.plusSeconds(60L * minutes), null));
    return this;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String labelKey() {
    return id + ".label";
  }

  @Override
  public TaskPage tasks(TaskQuery query) {
    asked.add(query);
    if (failure != null) {
      throw failure;
    }
    List<Task> matching = tasks.get(query.box()).stream()
        .filter(t -> query.text().isEmpty() || t.title().contains(query.text()) || t.summary().contains(query.text()))
        .filter(t -> query.from() == null || !t.createdAt().isBefore(query.from()))
        .filter(t -> query.to() == null || !t.createdAt().isAfter(query.to()))
        .sorted(Comparator.comparing(Task::createdAt).reversed())
        .toList();
    int from = Math.min(query.offset(), matching.size());
    int to = Math.min(matching.size(), from + query.limit());
    return new TaskPage(matching.subList(from, to), matching.size());
  }

  @Override
  public long count(TaskBox box) {
    if (failure != null) {
      throw failure;
    }
    return tasks.get(box).size();
  }

  @Override
  public List<TaskAction> bulkActions() {
    return List.of(new TaskAction("approve", id + ".approve", false), new TaskAction("reject", id + ".reject", true));
  }

  @Override
  public BulkResult perform(String actionId, List<String> taskIds, String comment) {
    if (failure != null) {
      throw failure;
    }
    if (!actionId.equals("approve") && !actionId.equals("reject")) {
      throw new IllegalArgumentException("No bulk action " + actionId);
    }
    performed.add(actionId + ":" + String.join(",", taskIds) + ":" + comment);
    List<String> done = new ArrayList<>();
    Map<String, String> failed = new LinkedHashMap<>();
    for (String taskId : taskIds) {
      if (taskId.startsWith("locked")) {
        failed.put(taskId, "Task " + taskId + " is locked by Carol");
      } else if (!taskId.startsWith("ghost")) {
        done.add(taskId);
      }
    }
    return new BulkResult(done, failed);
  }
}
