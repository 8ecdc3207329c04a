/**
 * The canonical Java values of a record's fields and their conversion from JSON, typed text and
 * other plugins' Java values, and back to JSON ({@link io.atrium.forms.values.ValueConverter}).
 */
package io.atrium.forms.values;
