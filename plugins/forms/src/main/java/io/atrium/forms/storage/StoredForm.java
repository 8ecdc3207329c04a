package io.atrium.forms.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * A form as stored: its draft and which version is published.
 *
 * @param id numeric id; the record table is {@code forms_t<id>}
 * @param key the form's key, unique among all forms ever created
 * @param draftSchema the schema being designed, as JSON text
 * @param draftRevision grows by one on every draft save; pass it back to detect concurrent saves
 * @param publishedVersion the version records are written with, 0 before the first publish
 * @param createdBy user id of the creator, or null
 * @param createdAt when it was created
 * @param updatedBy user id of the last change, or null
 * @param updatedAt when it last changed (draft save, publish, delete)
 * @param deleted whether the form was deleted (its table and records are kept)
 */
public record StoredForm(long id, String key, String draftSchema, long draftRevision, int publishedVersion,
    Long createdBy, Instant createdAt, Long updatedBy, Instant updatedAt, boolean deleted) {

  /** Checks the parts. */
  public StoredForm {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(draftSchema, "draftSchema");
  }

  /** Whether a version was ever published, so the record table exists. */
  public boolean published() {
    return publishedVersion > 0;
  }
}
