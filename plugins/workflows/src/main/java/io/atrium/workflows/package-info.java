/**
 * Workflows: approval flows on records. Process definitions ({@link io.atrium.workflows.definition}),
 * their JSON form ({@link io.atrium.workflows.definition.json}), approver strategies on the SDK's
 * SPI ({@link io.atrium.workflows.approver}), contributed automation actions
 * ({@link io.atrium.workflows.action}) and the approval engine with its timers
 * ({@link io.atrium.workflows.engine}).
 */
package io.atrium.workflows;
