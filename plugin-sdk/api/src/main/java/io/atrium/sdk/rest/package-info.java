/**
 * REST endpoints contributed by plugins under {@code /api/v1/<path>}. A plugin registers a
 * {@link io.atrium.sdk.rest.RestResource} service: an object whose methods carry ordinary
 * Jakarta REST annotations ({@code @GET}, {@code @Path}, {@code @Produces}, ...). The kernel routes
 * {@code /api/v1/<path>/**} to it while the plugin is started and answers 404 otherwise.
 *
 * <p>Callers authenticate as for every Atrium REST call (API token or HTTP basic). Each resource
 * method must carry {@link io.atrium.sdk.rest.RequiresPermission} or
 * {@link io.atrium.sdk.rest.SignedIn}; a method with neither is refused with 403, so a forgotten
 * annotation fails closed. A method carrying {@link io.atrium.sdk.rest.PublicAccess} (since 1.1) answers
 * anonymous callers too, within a per-address rate limit. Exceptions of the SDK ({@code AccessDeniedException},
 * {@code RecordNotFoundException}, {@code RecordConflictException},
 * {@code RecordValidationException}, {@link io.atrium.sdk.rest.BadRequestProblem}) become 403,
 * 404, 409, 422 and 400 problem documents; any other exception a 500 with a reference to the
 * server log, never a stack trace.
 *
 * <p>A plugin describes its endpoints in {@code META-INF/atrium/openapi.json}; the server merges
 * the documents of the started plugins at {@code GET /api/v1/openapi/plugins}.
 */
@Version("1.1.0")
@Export
package io.atrium.sdk.rest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
