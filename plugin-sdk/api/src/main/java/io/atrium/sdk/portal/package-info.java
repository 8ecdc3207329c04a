/**
 * What plugins add to the portal besides pages: results for the global search
 * ({@link io.atrium.sdk.portal.SearchProvider}), cards on the workbench
 * ({@link io.atrium.sdk.portal.WorkbenchWidget}) and work for the unified to-do center
 * ({@link io.atrium.sdk.portal.TaskProvider}). The portal calls them on the request thread of the
 * signed-in user, so {@code CurrentUser} and {@code AccessService} answer for that user; each
 * must return only what that user may see.
 */
@Version("1.0.0")
@Export
package io.atrium.sdk.portal;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
