package io.atrium.kernel.portal;

import io.atrium.sdk.portal.Task;

/**
 * A task in the merged list of the to-do center.
 *
 * @param source the source's key
 * @param pluginId the plugin
 * @param sourceLabel the translated name of the source
 * @param task the task
 */
public record TaskRow(String source, String pluginId, String sourceLabel, Task task) {

  /** The cross-provider reference. */
  public TaskRef ref() {
    return new TaskRef(source, task.id());
  }

  /** The row key: {@link TaskRef#key()}. */
  public String key() {
    return ref().key();
  }

  /** The task's page, or null when the link is not a safe local path. */
  public String href() {
    return LocalLinks.orNull(task.link());
  }
}
