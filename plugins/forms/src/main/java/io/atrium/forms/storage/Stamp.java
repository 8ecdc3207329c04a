package io.atrium.forms.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * Who changes records and when.
 *
 * @param userId the user, or null for the platform
 * @param at when
 */
public record Stamp(Long userId, Instant at) {

  /** Checks the parts. */
  public Stamp {
    Objects.requireNonNull(at, "at");
  }
}
