/**
 * The approval engine: an explicit state machine over a definition's node tree, in plain Java.
 * {@link io.atrium.workflows.engine.WorkflowEngine} starts instances and applies actions; each
 * action is idempotent by its id and guarded by the instance's version. Storage is behind
 * {@link io.atrium.workflows.engine.InstanceStore} and
 * {@link io.atrium.workflows.engine.DefinitionSource}, with in-memory implementations here.
 */
package io.atrium.workflows.engine;
