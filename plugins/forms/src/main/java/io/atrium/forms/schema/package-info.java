/**
 * The form schema: what a designer saves and what {@code POST /api/v1/forms} takes. A schema is an
 * immutable value; each published version of a form keeps its own.
 */
package io.atrium.forms.schema;
