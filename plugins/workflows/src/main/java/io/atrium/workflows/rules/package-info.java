/**
 * Automation rules (规则引擎): a {@link io.atrium.workflows.rules.Rule} is a trigger, an optional EL
 * condition and actions, as immutable values with their checks ({@link io.atrium.workflows.rules.RuleValidator}).
 * Its JSON form is in {@code rules.json}, the runner with test mode, loop protection and idempotency in
 * {@code rules.run}, relative-date planning and catch-up in {@code rules.timing}, and the run log,
 * applied action keys and round-robin cursors on the database in {@code rules.storage}.
 */
package io.atrium.workflows.rules;
