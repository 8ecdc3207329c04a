package io.atrium.sdk.security;

import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The rows of a resource a user reaches: every row, none, or those owned by some users or by some
 * departments. Plugins turn it into a {@code WHERE} clause on their owner and department columns
 * (with bind parameters) and check single rows with {@link #permits}.
 */
@ProviderType
public interface RowFilter {

  /** Whether every row is reachable. */
  boolean all();

  /** Whether no row is reachable. */
  default boolean none() {
    return !all() && ownerIds().isEmpty() && departmentIds().isEmpty();
  }

  /** Owners whose rows are reachable (the user themselves for {@link RowScope#OWN}). */
  Set<Long> ownerIds();

  /** Departments whose rows are reachable, subtrees already expanded. */
  Set<Long> departmentIds();

  /** Whether a row owned by {@code ownerId} in {@code departmentId} (either may be null) is reachable. */
  default boolean permits(Long ownerId, Long departmentId) {
    return all() || ownerId != null && ownerIds().contains(ownerId)
        || departmentId != null && departmentIds().contains(departmentId);
  }
}
