/**
 * Print templates: the small template language a record's printout is written in
 * ({@code {{field}}}, {@code {{field.label}}}, {@code {{_serial}}}, loops over sub-table lines),
 * the checks a template passes before it is saved, and the default template made from a schema.
 */
package io.atrium.forms.print;
