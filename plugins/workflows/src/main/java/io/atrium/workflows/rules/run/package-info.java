/**
 * Running rules: {@link io.atrium.workflows.rules.run.RuleRunner} takes a
 * {@link io.atrium.workflows.rules.run.RuleEvent}, finds the enabled rules it triggers, evaluates
 * their conditions and plans each action as {@link io.atrium.workflows.rules.run.PlannedEffect}s,
 * which it performs through {@link io.atrium.workflows.rules.run.Effects} (the runtime's side) or, in
 * test mode, only returns. Every action has a key (run id + action index) kept in
 * {@link io.atrium.workflows.rules.run.AppliedKeys}, so a redelivered event changes nothing twice; a
 * {@link io.atrium.workflows.rules.run.RuleOrigin} on a rule's own changes stops loops.
 */
package io.atrium.workflows.rules.run;
