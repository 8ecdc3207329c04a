/**
 * The running plugin: Declarative Services components that build the engine on the plugin's
 * database and the platform's services ({@link io.atrium.workflows.runtime.ApprovalEngine}), keep
 * the processes' drafts and versions ({@link io.atrium.workflows.runtime.DefinitionCatalog}), apply
 * starts and actions as the caller with the record's status in the same transaction
 * ({@link io.atrium.workflows.runtime.Approvals}), and feed the to-do center and notifications.
 * A record is named {@code <sourceKey>/<id>} ({@link io.atrium.workflows.runtime.RecordRef}).
 */
package io.atrium.workflows.runtime;
