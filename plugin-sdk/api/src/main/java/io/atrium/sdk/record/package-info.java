/**
 * Records: the rows of business objects (form records first) as every other part of Atrium sees
 * them. A plugin that owns records registers one {@link io.atrium.sdk.record.RecordSource} service
 * per kind of record, with the service property {@value io.atrium.sdk.record.RecordSource#KEY_PROPERTY}
 * holding its key; workflows, rules, reports, search and connectors work on records through it
 * without knowing how they are stored.
 *
 * <p>Record sources do not filter by the caller: they answer for the platform. A consumer that
 * shows records to a user narrows them with {@code AccessService} on
 * {@link io.atrium.sdk.record.RecordSchema#resource()}. Changes are published as events on the
 * topics of {@link io.atrium.sdk.record.RecordEvents}, in the transaction and after commit.
 */
@Version("1.2.0")
@Export
package io.atrium.sdk.record;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
