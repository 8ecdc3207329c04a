package io.atrium.forms.schema.diff;

import io.atrium.forms.schema.LocalizedText;
import jakarta.json.JsonValue;
import java.util.Objects;

/**
 * One difference between two versions of a form.
 *
 * @param kind what changed
 * @param fieldId the id of the field concerned, or null
 * @param field the field's name ({@code items.price} for a line field; the old name when it was
 *     removed), or null when the change is not about a field
 * @param label the field's (or section's) label, or null
 * @param property the property that changed ({@code label}, {@code required}, {@code section}, …),
 *     or null
 * @param before the value before as JSON, or null when there was none
 * @param after the value after as JSON, or null when there is none
 */
public record SchemaChange(Kind kind, String fieldId, String field, LocalizedText label, String property,
    JsonValue before, JsonValue after) {

  /** What changed. */
  public enum Kind {
    /** A property of the form itself: name or description. */
    FORM_CHANGED,
    /** A section was added at the end. */
    SECTION_ADDED,
    /** A section at the end was removed. */
    SECTION_REMOVED,
    /** A section's title or columns. */
    SECTION_CHANGED,
    /** A field was added. */
    FIELD_ADDED,
    /** A field was removed; its column and data are kept. */
    FIELD_REMOVED,
    /** A field has another name, same id: it keeps its column. */
    FIELD_RENAMED,
    /** A field has another type. */
    FIELD_TYPE_CHANGED,
    /** A property of a field (label, required, options, span, …). */
    FIELD_CHANGED,
    /** A field moved to another section or place. */
    FIELD_MOVED,
    /** A conditional rule was added. */
    RULE_ADDED,
    /** A conditional rule was removed. */
    RULE_REMOVED,
    /** A cross-field check was added. */
    CHECK_ADDED,
    /** A cross-field check was removed. */
    CHECK_REMOVED
  }

  /** Checks the kind. */
  public SchemaChange {
    Objects.requireNonNull(kind, "kind");
  }
}
