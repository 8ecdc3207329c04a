/**
 * Files attached to business objects (attachments, images, signatures, imports): stored by the
 * platform, checked by content rather than by name, and limited in size.
 */
@Version("1.0.0")
@Export
package io.atrium.sdk.blob;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
