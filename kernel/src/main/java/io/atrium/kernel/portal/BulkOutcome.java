package io.atrium.kernel.portal;

import java.util.List;

/**
 * What a bulk action did to each selected task, in the order they were selected.
 *
 * @param action the action's translated label
 * @param results one per task
 */
public record BulkOutcome(String action, List<Result> results) {

  /** Copies the results. */
  public BulkOutcome {
    results = List.copyOf(results);
  }

  /** How many tasks it was applied to. */
  public long doneCount() {
    return results.stream().filter(Result::done).count();
  }

  /** How many tasks it could not be applied to. */
  public long failedCount() {
    return results.size() - doneCount();
  }

  /**
   * The result for one task.
   *
   * @param task the task
   * @param done whether the action was applied
   * @param message why not (translated), or empty
   */
  public record Result(TaskRef task, boolean done, String message) {
  }
}
