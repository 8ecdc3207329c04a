/**
 * Plugin identity and lifecycle: the {@link io.atrium.sdk.plugin.AtriumPlugin} annotation that
 * writes a plugin's manifest headers, and the read-only view of installed plugins.
 */
@Version("1.0.0")
@Export
package io.atrium.sdk.plugin;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
