/**
 * The engine's storage on the platform database: {@link io.atrium.workflows.storage.JdbcInstanceStore},
 * on the tables of {@code db/migration}.
 */
package io.atrium.workflows.storage;
