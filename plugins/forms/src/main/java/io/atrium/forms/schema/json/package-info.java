/**
 * The JSON form of a schema ({@link io.atrium.forms.schema.json.FormSchemaJson}): reading with every
 * problem and its JSON path, writing, the checks of meaning
 * ({@link io.atrium.forms.schema.json.SchemaChecker}) and field ids across versions
 * ({@link io.atrium.forms.schema.json.FieldIds}).
 */
package io.atrium.forms.schema.json;
