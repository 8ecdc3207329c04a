/**
 * Workflows: what plugins add to the approval engine. An
 * {@link io.atrium.sdk.workflow.ApproverStrategy} is a new kind of approver rule (who approves a
 * node), a {@link io.atrium.sdk.workflow.WorkflowAction} an automation step that process definitions
 * call by id. Register either as a service; the workflows plugin picks them up while it runs.
 */
@Version("1.0.0")
@Export
package io.atrium.sdk.workflow;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
