package io.atrium.workflows.rules.runtime;

import io.atrium.workflows.rules.Rule;
import java.time.Instant;
import java.util.Objects;

/**
 * A saved rule with its bookkeeping.
 *
 * @param rule the rule; its {@code enabled} is the stored switch
 * @param json the rule as saved JSON
 * @param version grows by one on every change (optimistic locking)
 * @param savedBy who saved it last, or null
 * @param savedAt when
 */
public record StoredRule(Rule rule, String json, long version, Long savedBy, Instant savedAt) {

  /** Checks the parts. */
  public StoredRule {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(savedAt, "savedAt");
  }

  /** The rule's key. */
  public String key() {
    return rule.id();
  }
}
