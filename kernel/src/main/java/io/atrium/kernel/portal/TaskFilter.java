package io.atrium.kernel.portal;

import java.time.Instant;

/**
 * The filters of the to-do center.
 *
 * @param text words the title or summary contain, or empty
 * @param source only this source ({@code <pluginId>/<providerId>}), or null for all
 * @param from earliest arrival, or null
 * @param to latest arrival, or null
 */
public record TaskFilter(String text, String source, Instant from, Instant to) {

  /** No filter. */
  public static final TaskFilter NONE = new TaskFilter("", null, null, null);

  /** Normalises the parts. */
  public TaskFilter {
    text = text == null ? "" : text.strip();
    source = source == null || source.isBlank() ? null : source;
  }
}
