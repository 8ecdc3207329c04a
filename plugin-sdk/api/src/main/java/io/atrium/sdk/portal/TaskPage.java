package io.atrium.sdk.portal;

import java.util.List;

/**
 * One page of tasks and how many match in all.
 *
 * @param tasks the tasks of the page, newest first
 * @param total every matching task
 */
public record TaskPage(List<Task> tasks, long total) {

  /** Copies the list. */
  public TaskPage {
    tasks = List.copyOf(tasks);
  }
}
