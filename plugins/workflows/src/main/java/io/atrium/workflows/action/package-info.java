/**
 * The automation steps plugins contribute through the SDK's
 * {@link io.atrium.sdk.workflow.WorkflowAction}, by id ({@link io.atrium.workflows.action.ActionRegistry}),
 * which automation nodes call.
 */
package io.atrium.workflows.action;
