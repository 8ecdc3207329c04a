package io.atrium.forms;

import java.time.Instant;
import java.util.List;

/**
 * How a form takes submissions from anonymous visitors at a public address.
 *
 * @param formKey the form
 * @param slug the random last segment of the public address, never derived from the form key
 * @param enabled whether the public page answers
 * @param thankYou what visitors read after submitting, or null for the standard text
 * @param ownerId the user new records belong to, or null for none
 * @param excludedFields names of fields the designer keeps off the public page
 * @param updatedAt when the settings last changed
 */
public record IntakeSettings(String formKey, String slug, boolean enabled, String thankYou, Long ownerId,
    List<String> excludedFields, Instant updatedAt) {

  /** Copies the list. */
  public IntakeSettings {
    excludedFields = excludedFields == null ? List.of() : List.copyOf(excludedFields);
  }
}
