package io.atrium.sdk.portal;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * SPI: a source of work for the unified to-do center (approvals, follow-ups, project tasks). The
 * center merges the providers' tasks per tab and shows the counts in the menu.
 */
@ConsumerType
public interface TaskProvider {

  /** Stable id, unique within the plugin. */
  String id();

  /** Message key of the provider's name (a filter and a column), in the plugin's bundle. */
  String labelKey();

  /** A page of the current user's tasks in a tab. */
  TaskPage tasks(TaskQuery query);

  /** How many tasks the current user has in a tab; called for every page, so keep it cheap. */
  long count(TaskBox box);

  /** Actions that can be applied to several {@link TaskBox#TODO} tasks at once. */
  default List<TaskAction> bulkActions() {
    return List.of();
  }

  /**
   * Applies a bulk action as the current user.
   *
   * @throws IllegalArgumentException for an action this provider does not offer
   */
  default BulkResult perform(String actionId, List<String> taskIds, String comment) {
    throw new IllegalArgumentException("No bulk action " + actionId);
  }
}
