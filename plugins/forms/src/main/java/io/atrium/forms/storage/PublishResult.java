package io.atrium.forms.storage;

import java.util.Objects;

/**
 * What a publish did.
 *
 * @param version the new published version
 * @param plan the plan that ran
 */
public record PublishResult(FormVersion version, MigrationPlan plan) {

  /** Checks the parts. */
  public PublishResult {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(plan, "plan");
  }

  /** The allocation the new version's records are stored with. */
  public TableAllocation allocation() {
    return plan.allocation();
  }
}
