package io.atrium.forms;

import java.util.List;

/**
 * What a designer changes in a form's intake settings; the slug is the server's to choose.
 *
 * @param enabled whether the public page answers
 * @param thankYou what visitors read after submitting, or null for the standard text
 * @param ownerId the user new records belong to, or null for none
 * @param excludedFields names of fields to keep off the public page
 * @param newSlug true to replace the public address by a new random one (the old one stops answering)
 */
public record IntakeChange(boolean enabled, String thankYou, Long ownerId, List<String> excludedFields,
    boolean newSlug) {

  /** Copies the list. */
  public IntakeChange {
    excludedFields = excludedFields == null ? List.of() : List.copyOf(excludedFields);
  }
}
