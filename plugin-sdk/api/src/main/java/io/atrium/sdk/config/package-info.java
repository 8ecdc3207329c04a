/**
 * Plugin settings. Values come from MicroProfile Config under the plugin's namespace
 * {@code atrium.plugin.<pluginId>.<key>}: system properties, environment variables
 * ({@code ATRIUM_PLUGIN_HELLO_GREETING}) and {@code conf/atrium.properties}. A plugin describes its
 * settings with a {@link io.atrium.sdk.config.ConfigSchema}, which gives defaults and lets the platform
 * show and check them.
 */
@Version("1.0.0")
@Export
package io.atrium.sdk.config;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
