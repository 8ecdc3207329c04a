/**
 * Security: the signed-in user and the permissions plugins declare. Permissions are strings of
 * colon-separated parts, {@code <pluginId>:<object>:<action>}, e.g. {@code hello:greeting:write}.
 */
@Version("1.0.0")
@Export
package io.atrium.sdk.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
