/**
 * Events between plugins. {@link io.atrium.sdk.event.EventListener}s run synchronously inside the
 * publisher's transaction and can veto it; {@link io.atrium.sdk.event.AfterCommitListener}s get the
 * event after commit from a durable outbox, at least once, retried with backoff.
 *
 * <p>Listeners are services: annotate a Declarative Services component with
 * {@link io.atrium.sdk.event.EventTopics}. Topics are slash-separated, e.g. {@code forms/record/created};
 * a subscription ending in {@code /*} matches every topic below it, {@code *} matches all.
 */
@Version("1.0.0")
@Export
package io.atrium.sdk.event;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
