package io.atrium.forms.rest;

import io.atrium.sdk.rest.BadRequestProblem;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;

/**
 * The body of a change to a record ({@code PUT} of a record, submitting a draft): the version the
 * caller read and the fields to change.
 *
 * @param version the version read, so a concurrent change is detected
 * @param values the fields to change, as JSON-like values
 */
record RecordChange(long version, Map<String, Object> values) {

  /** Reads the body; {@code valuesRequired} false lets {@code values} be left out (nothing to change). */
  static RecordChange of(String body, boolean valuesRequired) {
    JsonObject json = JsonBodies.object(body);
    JsonValue version = json.get("version");
    if (version == null || version.getValueType() != JsonValue.ValueType.NUMBER) {
      throw new BadRequestProblem("$.version", "Give the version you read as \"version\", so a concurrent change "
          + "is detected instead of overwritten");
    }
    JsonValue values = json.get("values");
    if (values == null ? valuesRequired : values.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new BadRequestProblem("$.values", "Give the fields to change as an object under \"values\"");
    }
    return new RecordChange(json.getJsonNumber("version").longValueExact(),
        values == null ? Map.of() : JsonValues.fromJson(values.asJsonObject()));
  }
}
