package io.atrium.workflows.ui;

import io.atrium.workflows.engine.ProcessInstance;
import java.util.List;

/**
 * An instance as its pages and printout show it to one reader.
 *
 * @param instance the instance
 * @param processName the process's name
 * @param recordLabel the record's serial, else its reference
 * @param recordLink the record's own page on this server
 * @param status the instance's status in the reader's language
 * @param submitter the submitter's name
 * @param started when it started
 * @param fields the record's fields the reader sees ({@link TaskFieldView})
 * @param timeline the trail, oldest first
 * @param signatures who approved where and when, for the printout's sign-off
 * @param diagram the process diagram as SVG, or empty when the version is gone
 * @param pending the pending tasks: who has them and where
 */
public record InstanceView(ProcessInstance instance, String processName, String recordLabel, String recordLink,
    String status, String submitter, String started, List<ShownField> fields, List<TimelineEntry> timeline,
    List<TimelineEntry> signatures, String diagram, List<PendingTask> pending) {

  /** Freezes the lists. */
  public InstanceView {
    fields = List.copyOf(fields);
    timeline = List.copyOf(timeline);
    signatures = List.copyOf(signatures);
    pending = List.copyOf(pending);
  }

  /**
   * A task waiting for its assignee.
   *
   * @param taskId the task
   * @param assignee who has it
   * @param node where
   * @param since when it arrived
   */
  public record PendingTask(String taskId, String assignee, String node, String since) {
  }
}
