/**
 * Plugin identity and life cycle: the manifest headers that make a bundle a plugin
 * ({@link io.atrium.sdk.plugin.PluginHeaders}), its states, the read-only view of installed plugins,
 * and the folder of its own on each node ({@link io.atrium.sdk.plugin.PluginFolder}).
 */
@Version("1.1.0")
@Export
package io.atrium.sdk.plugin;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
