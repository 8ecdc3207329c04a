package io.atrium.kernel.portal;

import java.util.List;

/**
 * A task provider as the to-do center shows it.
 *
 * @param key {@code <pluginId>/<providerId>}
 * @param pluginId the plugin
 * @param providerId the provider's id within the plugin
 * @param label translated name
 * @param actions its bulk actions, translated
 */
public record TaskSource(String key, String pluginId, String providerId, String label, List<Action> actions) {

  /** Copies the actions. */
  public TaskSource {
    actions = List.copyOf(actions);
  }

  /**
   * A bulk action of a source.
   *
   * @param sourceKey the source
   * @param id the action's id
   * @param label translated button text
   * @param needsComment whether a comment is mandatory
   */
  public record Action(String sourceKey, String id, String label, boolean needsComment) {

    /** {@code <pluginId>-<providerId>-<actionId>}, usable in an HTML id. */
    public String domId() {
      return DomIds.of(sourceKey.replace('/', '-') + "-" + id);
    }
  }
}
