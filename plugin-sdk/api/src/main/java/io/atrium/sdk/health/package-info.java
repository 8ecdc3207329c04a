/** Health contributions: plugins add checks to the server's readiness at {@code /health/ready}. */
@Version("1.0.0")
@Export
package io.atrium.sdk.health;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
