package io.atrium.sdk.portal;

import java.time.Instant;

/**
 * What the to-do center asks a provider for.
 *
 * @param box the tab
 * @param text words the title or summary must contain, or empty
 * @param from earliest arrival, or null
 * @param to latest arrival, or null
 * @param offset rows to skip
 * @param limit rows to return at most
 */
public record TaskQuery(TaskBox box, String text, Instant from, Instant to, int offset, int limit) {

  /** Normalises the parts. */
  public TaskQuery {
    text = text == null ? "" : text.strip();
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative");
    }
  }
}
