/**
 * Validation of a record's values against its schema ({@link io.atrium.forms.validation.RecordValidator}):
 * conditional rules, formulas, field checks, cross-field checks, sanitised rich text; and the
 * description the browser uses to show the same messages early
 * ({@link io.atrium.forms.validation.ClientRules}).
 */
package io.atrium.forms.validation;
