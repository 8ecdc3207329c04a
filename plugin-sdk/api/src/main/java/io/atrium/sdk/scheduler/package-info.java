/**
 * Persistent jobs. A plugin registers {@link io.atrium.sdk.scheduler.JobHandler} services and
 * schedules runs through the {@link io.atrium.sdk.scheduler.Scheduler}; schedules live in the
 * database, each run fires once across a cluster, and runs that fell due while the server was down
 * fire when it starts.
 */
@Version("1.0.0")
@Export
package io.atrium.sdk.scheduler;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
