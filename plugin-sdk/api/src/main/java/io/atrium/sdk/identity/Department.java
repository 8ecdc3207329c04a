package io.atrium.sdk.identity;

import java.util.Optional;

/**
 * A department of the org chart.
 *
 * @param id the department id
 * @param name the name
 * @param parentId the parent department, or null for a top-level one
 * @param headId the user id of the head, or null
 * @param depth 0 for a top-level department, 1 for its children, ...
 */
public record Department(long id, String name, Long parentId, Long headId, int depth) {

  /** The parent department, if any. */
  public Optional<Long> parent() {
    return Optional.ofNullable(parentId);
  }

  /** The head, if one is set. */
  public Optional<Long> head() {
    return Optional.ofNullable(headId);
  }
}
