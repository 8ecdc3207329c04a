/**
 * Process definitions as immutable values: a DingTalk-style tree of nodes (start, approver, CC,
 * handler, condition and parallel branches, end), approver rules, modes and edge rules, the
 * navigation over the tree ({@link io.atrium.workflows.definition.ProcessGraph}) and the checks
 * before publishing ({@link io.atrium.workflows.definition.DefinitionValidator}).
 */
package io.atrium.workflows.definition;
