/** Metrics: plugins publish counters, gauges and timers, exported with MicroProfile Metrics. */
@Version("1.0.0")
@Export
package io.atrium.sdk.metrics;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
