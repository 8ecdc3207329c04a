package io.atrium.forms.storage;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Form definitions: drafts, published versions and the allocation of their tables. Schemas are
 * opaque JSON text here; the schema codec reads and writes them. Calls join the caller's
 * transaction or run in one of their own.
 */
@ProviderType
public interface FormStore {

  /**
   * Creates a form with a first draft.
   *
   * @throws IllegalArgumentException when a form with that key exists (even a deleted one)
   */
  StoredForm create(String key, String draftSchema, Long userId);

  /** The form with that id, deleted ones included. */
  Optional<StoredForm> find(long formId);

  /** The form with that key, deleted ones included. */
  Optional<StoredForm> find(String key);

  /** The forms, by key; deleted ones only when asked. */
  List<StoredForm> list(boolean includeDeleted);

  /**
   * Replaces the draft.
   *
   * @param expectedRevision the draft revision the caller read; {@code -1} to skip the check
   * @throws FormNotFoundException when there is no such form
   * @throws FormChangedException when someone saved the draft since {@code expectedRevision}
   */
  StoredForm saveDraft(long formId, long expectedRevision, String draftSchema, Long userId);

  /** Marks the form deleted or not; its table and records stay. */
  StoredForm setDeleted(long formId, boolean deleted, Long userId);

  /** One published version. */
  Optional<FormVersion> version(long formId, int version);

  /** Every published version, oldest first. */
  List<FormVersion> versions(long formId);

  /** Where the form's fields live; empty columns before the first publish. */
  TableAllocation allocation(long formId);
}
