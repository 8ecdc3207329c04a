/**
 * Approver strategies: the built-in implementations of the SDK's
 * {@link io.atrium.sdk.workflow.ApproverStrategy}, one per built-in
 * {@link io.atrium.workflows.definition.ApproverRule} type, on the org chart; and
 * {@link io.atrium.workflows.approver.ApproverStrategies}, the registry by type that also holds the
 * strategies plugins contribute.
 */
package io.atrium.workflows.approver;
