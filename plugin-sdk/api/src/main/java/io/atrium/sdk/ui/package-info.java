/**
 * User-interface contributions. A plugin ships Facelets views and static files under
 * {@code META-INF/resources/<pluginId>/} (served at {@code /<pluginId>/...} while the plugin is
 * active), controllers that views reach by name in EL, menu items, and message bundles at
 * {@code META-INF/atrium/i18n/messages[_zh_CN].properties} whose keys views read with
 * {@code #{texts['<pluginId>.<key>']}}.
 */
@Version("1.0.0")
@Export
package io.atrium.sdk.ui;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
