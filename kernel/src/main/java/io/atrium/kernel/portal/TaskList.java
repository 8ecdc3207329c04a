package io.atrium.kernel.portal;

import java.util.List;

/**
 * One page of the merged to-do list.
 *
 * @param rows the tasks of the page, newest first
 * @param total matching tasks of the sources that answered
 * @param errors sources that failed, each with a translated line
 * @param beyondWindow whether the page lies past the newest {@link TaskCenter#MAX_WINDOW} tasks, which
 *     is as far as a list merged from several sources reaches
 */
public record TaskList(List<TaskRow> rows, long total, List<SourceError> errors, boolean beyondWindow) {

  /** Copies the lists. */
  public TaskList {
    rows = List.copyOf(rows);
    errors = List.copyOf(errors);
  }
}
