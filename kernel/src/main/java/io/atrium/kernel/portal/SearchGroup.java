package io.atrium.kernel.portal;

import io.atrium.sdk.portal.SearchHit;
import java.util.List;

/**
 * The hits of one search provider, under its translated heading.
 *
 * @param pluginId the plugin of the provider
 * @param providerId the provider's id within the plugin
 * @param label the translated heading
 * @param hits best first; links are local paths
 */
public record SearchGroup(String pluginId, String providerId, String label, List<SearchHit> hits) {

  /** Copies the hits. */
  public SearchGroup {
    hits = List.copyOf(hits);
  }

  /** {@code <pluginId>-<providerId>}, usable in an HTML id. */
  public String domId() {
    return DomIds.of(pluginId + "-" + providerId);
  }
}
