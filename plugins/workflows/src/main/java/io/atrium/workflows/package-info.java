/**
 * Workflows: approval flows on records. Process definitions ({@link io.atrium.workflows.definition}),
 * their JSON form ({@link io.atrium.workflows.definition.json}), approver strategies
 * ({@link io.atrium.workflows.approver}) and the approval engine ({@link io.atrium.workflows.engine}).
 */
package io.atrium.workflows;
