package io.atrium.web.portal;

import io.atrium.kernel.portal.TaskRef;
import io.atrium.kernel.portal.TaskRow;
import io.atrium.sdk.portal.Task;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A row of the to-do table, as plain values the view can keep. */
public final class TodoRow implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final String key;
  private final String source;
  private final String pluginId;
  private final String sourceLabel;
  private final String taskId;
  private final String title;
  private final String summary;
  private final String href;
  private final String from;
  private final String status;
  private final String arrived;
  private final String due;
  private final boolean overdue;

  private TodoRow(String key, String source, String pluginId, String sourceLabel, String taskId, String title,
      String summary, String href, String from, String status, String arrived, String due, boolean overdue) {
    this.key = key;
    this.source = source;
    this.pluginId = pluginId;
    this.sourceLabel = sourceLabel;
    this.taskId = taskId;
    this.title = title;
    this.summary = summary;
    this.href = href;
    this.from = from;
    this.status = status;
    this.arrived = arrived;
    this.due = due;
    this.overdue = overdue;
  }

  /** The row of a task, times in the company's zone. */
  public static TodoRow of(TaskRow row, ZoneId zone, Instant now) {
    Task task = row.task();
    return new TodoRow(row.key(), row.source(), row.pluginId(), row.sourceLabel(), task.id(), task.title(),
        task.summary(), row.href(), task.from(), task.status(), TIME.format(task.createdAt().atZone(zone)),
        task.dueAt() == null ? "" : TIME.format(task.dueAt().atZone(zone)), task.overdue(now));
  }

  /** A selected row of another page, known only by its key. */
  public static TodoRow known(TaskRef ref) {
    return new TodoRow(ref.key(), ref.sourceKey(), ref.sourceKey().split("/", 2)[0], ref.sourceKey(), ref.taskId(),
        ref.taskId(), "", null, "", "", "", "", false);
  }

  /** The cross-provider reference. */
  public TaskRef ref() {
    return new TaskRef(source, taskId);
  }

  public String getKey() {
    return key;
  }

  public String getSource() {
    return source;
  }

  public String getPluginId() {
    return pluginId;
  }

  public String getSourceLabel() {
    return sourceLabel;
  }

  public String getTaskId() {
    return taskId;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  /** The task's page, or null. */
  public String getHref() {
    return href;
  }

  public String getFrom() {
    return from;
  }

  public String getStatus() {
    return status;
  }

  public String getArrived() {
    return arrived;
  }

  public String getDue() {
    return due;
  }

  public boolean isOverdue() {
    return overdue;
  }
}
