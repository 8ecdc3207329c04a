/** The platform clock, which tests can set. */
@Version("1.0.0")
@Export
package io.atrium.sdk.time;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
