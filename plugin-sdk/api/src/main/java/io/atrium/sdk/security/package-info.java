/**
 * Security: the signed-in user, the permissions plugins declare, and row and field access.
 * Permissions are strings of colon-separated parts, {@code <pluginId>:<object>:<action>}, e.g.
 * {@code hello:greeting:write}; {@code *} in a part matches anything. {@link
 * io.atrium.sdk.security.AccessService} also answers for another user (since 1.1), to tell only
 * those who may see a thing about it.
 */
@Version("1.1.0")
@Export
package io.atrium.sdk.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
