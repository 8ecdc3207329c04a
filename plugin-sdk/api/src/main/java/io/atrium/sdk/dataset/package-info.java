/**
 * Datasets: a plugin's data as reports see it. A plugin that owns data registers one
 * {@link io.atrium.sdk.dataset.Dataset} service per dataset, with the service property
 * {@value io.atrium.sdk.dataset.Dataset#KEY_PROPERTY} holding its key. A report asks it a
 * {@link io.atrium.sdk.dataset.DatasetQuery} (dimensions, measures, filters, sort, limit) and gets a
 * {@link io.atrium.sdk.dataset.DatasetResult} (typed columns and rows), without knowing how the data
 * is stored: the owning plugin compiles the query for its own tables.
 *
 * <p>Unlike record sources, datasets answer for the current user: only the rows their row scope
 * reaches count, and fields hidden from them are neither listed nor usable. A bad query fails with
 * an {@link io.atrium.sdk.dataset.InvalidDatasetQueryException} (an {@link IllegalArgumentException},
 * so REST answers 400) whose message says what is wrong, in the caller's language.
 */
@Version("1.0.0")
@Export
package io.atrium.sdk.dataset;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
