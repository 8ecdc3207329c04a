/** The platform clock, which tests can set, and the business calendar of working days and hours. */
@Version("1.1.0")
@Export
package io.atrium.sdk.time;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
