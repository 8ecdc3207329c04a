package io.atrium.forms.validation;

import java.util.Locale;
import java.util.Objects;

/**
 * What the values are for.
 *
 * @param locale language of the messages and labels
 * @param recordId the record being edited, or null for a new record (absent fields then take their
 *     default values)
 * @param draft whether the record is saved as a draft: required fields may still be empty, every
 *     other check applies
 */
public record ValidationContext(Locale locale, Long recordId, boolean draft) {

  /** Checks the locale. */
  public ValidationContext {
    Objects.requireNonNull(locale, "locale");
  }

  /** A new record, submitted. */
  public static ValidationContext create(Locale locale) {
    return new ValidationContext(locale, null, false);
  }

  /** An edit of a stored record. */
  public static ValidationContext edit(Locale locale, long recordId) {
    return new ValidationContext(locale, recordId, false);
  }

  /** The same, saved as a draft. */
  public ValidationContext asDraft() {
    return new ValidationContext(locale, recordId, true);
  }
}
