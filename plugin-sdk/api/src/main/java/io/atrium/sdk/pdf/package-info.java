/**
 * PDF documents: the host renders well-formed XHTML with its CSS to PDF, with the fonts the server
 * has (Chinese included), so printable records and approval sheets look the same for every plugin.
 */
@Version("1.0.0")
@Export
package io.atrium.sdk.pdf;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
