/**
 * Process definitions as immutable values: a DingTalk-style tree of nodes (start, approver, CC,
 * handler, condition and parallel branches, automation, delay, end), approver rules (built-in
 * records, or a {@link io.atrium.workflows.definition.ContributedRule} of a type a plugin adds),
 * modes, edge rules and SLAs, the navigation over the tree
 * ({@link io.atrium.workflows.definition.ProcessGraph}) and the checks before publishing
 * ({@link io.atrium.workflows.definition.DefinitionValidator}).
 */
package io.atrium.workflows.definition;
