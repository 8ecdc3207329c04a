/**
 * Plugin identity and life cycle: the manifest headers that make a bundle a plugin
 * ({@link io.atrium.sdk.plugin.PluginHeaders}), its states, and the read-only view of installed plugins.
 */
@Version("1.0.0")
@Export
package io.atrium.sdk.plugin;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
