/**
 * The rules' storage on the platform database: {@link io.atrium.workflows.rules.storage.JdbcRuleStore},
 * on the tables of {@code db/migration/V3__rules.sql}.
 */
package io.atrium.workflows.rules.storage;
