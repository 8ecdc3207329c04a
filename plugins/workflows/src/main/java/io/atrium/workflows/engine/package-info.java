/**
 * The approval engine: an explicit state machine over a definition's node tree, in plain Java.
 * {@link io.atrium.workflows.engine.WorkflowEngine} starts instances and applies actions; each
 * action is idempotent by its id and guarded by the instance's version. Storage is behind
 * {@link io.atrium.workflows.engine.InstanceStore} and
 * {@link io.atrium.workflows.engine.DefinitionSource}, with in-memory implementations here.
 * Automation nodes write through {@link io.atrium.workflows.engine.RecordUpdates} and call
 * contributed actions ({@link io.atrium.workflows.engine.EngineHooks}); delays and SLAs make timers
 * ({@link io.atrium.workflows.engine.DueTimers}) that the runtime schedules and fires back through
 * {@code wake}, {@code remind} and {@code escalate}.
 */
package io.atrium.workflows.engine;
