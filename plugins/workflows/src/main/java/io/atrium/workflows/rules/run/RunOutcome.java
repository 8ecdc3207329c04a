package io.atrium.workflows.rules.run;

/** How a rule run ended. */
public enum RunOutcome {
  /** The actions were performed. */
  DONE,
  /** The condition was false, the trigger did not match (test mode), or the change was the rule's own. */
  SKIPPED,
  /** An action or the condition failed; nothing of the run was kept. */
  FAILED,
  /** Test mode: the actions would have been performed. */
  TEST
}
