/**
 * Values of record imports from CSV and Excel: the preview with the suggested column mapping, the
 * row-by-row report and the progress ({@link io.atrium.forms.RecordImports}).
 */
package io.atrium.forms.imports;
