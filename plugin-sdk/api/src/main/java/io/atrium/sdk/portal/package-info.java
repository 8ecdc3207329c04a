/**
 * What plugins add to the portal besides pages: results for the global search
 * ({@link io.atrium.sdk.portal.SearchProvider}), cards on the workbench
 * ({@link io.atrium.sdk.portal.WorkbenchWidget}) and work for the unified to-do center
 * ({@link io.atrium.sdk.portal.TaskProvider}). The portal calls them as the signed-in user, in
 * parallel on threads that carry the user's identity and language (bulk actions on the request
 * thread itself), so {@code CurrentUser} and {@code AccessService} answer for that user; each must
 * return only what that user may see. Other thread-local state of the web request is not there.
 */
@Version("1.0.0")
@Export
package io.atrium.sdk.portal;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
