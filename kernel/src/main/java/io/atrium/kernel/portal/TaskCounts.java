package io.atrium.kernel.portal;

import io.atrium.sdk.portal.TaskBox;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many tasks each tab of the to-do center holds.
 *
 * @param totals per tab, summed over the sources that answered
 * @param errors sources that failed
 */
public record TaskCounts(Map<TaskBox, Long> totals, List<SourceError> errors) {

  /** Copies the parts; every tab is present. */
  public TaskCounts {
    EnumMap<TaskBox, Long> all = new EnumMap<>(TaskBox.class);
    for (TaskBox box : TaskBox.values()) {
      all.put(box, totals.getOrDefault(box, 0L));
    }
    totals = Map.copyOf(all);
    errors = List.copyOf(errors);
  }

  /** The count of one tab. */
  public long of(TaskBox box) {
    return totals.get(box);
  }
}
