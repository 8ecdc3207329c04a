package io.atrium.forms.storage;

import io.atrium.forms.storage.internal.StorageTexts;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A change of the schema the record table cannot follow without losing or corrupting data: why,
 * and what to do instead.
 *
 * @param fieldId the field's id, or null when it has none
 * @param fieldName the field's name in the new schema
 * @param reason what stands in the way
 * @param arguments the values the message shows, in the order of its text
 */
public record RefusedChange(String fieldId, String fieldName, Reason reason, List<String> arguments) {

  /** Why a change is refused. */
  public enum Reason {
    /** The field has no id, so its column cannot be found again. */
    NO_ID,
    /** Two fields share an id. */
    DUPLICATE_ID,
    /** The field would switch between a column, a list of values and sub-table lines. */
    KIND,
    /** The stored values cannot be converted to the new type. */
    TYPE,
    /** Stored text is longer than the new length. */
    SHORTER,
    /** Stored numbers have more decimals than the new scale. */
    SCALE,
    /** Stored values occur more than once, so the field cannot become unique. */
    DUPLICATES,
    /** A lookup would point to another form. */
    LOOKUP_TARGET,
    /** A lookup points to a form without records table. */
    LOOKUP_UNPUBLISHED,
    /** A sub-table inside a sub-table. */
    NESTED
  }

  /** Checks the parts and freezes the arguments. */
  public RefusedChange {
    Objects.requireNonNull(fieldName, "fieldName");
    Objects.requireNonNull(reason, "reason");
    arguments = List.copyOf(arguments);
  }

  /** Why, and what to do, in a language. */
  public String message(Locale locale) {
    return StorageTexts.text(locale,
        "forms.storage.refused." + reason.name().toLowerCase(Locale.ROOT).replace('_', '-'), arguments.toArray());
  }
}
