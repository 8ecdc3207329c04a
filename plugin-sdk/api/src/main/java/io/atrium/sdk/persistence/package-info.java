/**
 * Plugin data: a per-plugin JPA persistence unit over the platform database, and JTA transactions
 * shared by every plugin a request touches.
 *
 * <p>A plugin owns tables whose names start with its {@linkplain PluginPersistence#tablePrefix()
 * table prefix}. Flyway migrations under {@code db/migration} in the bundle create and upgrade them;
 * write table names as {@code ${prefix}greeting} in SQL and as {@code @Table(name = "greeting")} on
 * entities: the platform adds the prefix to both.
 */
@Version("1.1.0")
@Export
package io.atrium.sdk.persistence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
