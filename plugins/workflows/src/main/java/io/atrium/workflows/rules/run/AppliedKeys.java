package io.atrium.workflows.rules.run;

import java.time.Instant;

/** The keys of applied actions, so that a redelivered event does not apply an action twice. */
public interface AppliedKeys {

  /** Whether the action with this key was applied. */
  boolean isApplied(String actionKey);

  /** Records the key in the caller's transaction, so it is kept exactly when the action's changes are. */
  void markApplied(String actionKey, Instant at);
}
