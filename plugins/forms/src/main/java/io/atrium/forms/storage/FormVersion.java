package io.atrium.forms.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * One published version of a form.
 *
 * @param formId the form
 * @param version 1 for the first publish, then one more each time
 * @param schemaJson the schema as published, JSON text
 * @param changeSummary what changed since the previous version, JSON text, or null
 * @param publishedBy user id of the publisher, or null
 * @param publishedAt when it was published
 */
public record FormVersion(long formId, int version, String schemaJson, String changeSummary, Long publishedBy,
    Instant publishedAt) {

  /** Checks the parts. */
  public FormVersion {
    Objects.requireNonNull(schemaJson, "schemaJson");
    Objects.requireNonNull(publishedAt, "publishedAt");
  }
}
