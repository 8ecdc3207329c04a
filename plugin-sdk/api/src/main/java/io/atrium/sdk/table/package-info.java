/**
 * Spreadsheets: reading uploaded CSV and Excel (.xlsx) files row by row, and writing them, for
 * imports and exports of records. The host reads the file's kind from its content and refuses a
 * file whose content does not match its name; it streams, so large files need little memory.
 */
@Version("1.0.0")
@Export
package io.atrium.sdk.table;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
