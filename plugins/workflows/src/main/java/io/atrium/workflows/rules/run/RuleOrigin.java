package io.atrium.workflows.rules.run;

import java.util.ArrayList;
import java.util.List;

/**
 * Which rule runs caused a change: the runtime hands it back on the event of a rule's own update, so
 * that the same rule does not run again on it and chains of rules stop at {@link RuleRunner#MAX_DEPTH}.
 *
 * @param chain the rule ids, first cause first
 * @param runId the run that made the change
 */
public record RuleOrigin(List<String> chain, String runId) {

  /** Freezes the chain. */
  public RuleOrigin {
    chain = List.copyOf(chain);
  }

  /** How many rule runs led here. */
  public int depth() {
    return chain.size();
  }

  /** The origin of a change made by a run of a rule caused by this origin (or by nothing, if null). */
  static RuleOrigin next(RuleOrigin cause, String ruleId, String runId) {
    List<String> chain = new ArrayList<>(cause == null ? List.of() : cause.chain());
    chain.add(ruleId);
    return new RuleOrigin(chain, runId);
  }
}
