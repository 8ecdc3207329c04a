package io.atrium.forms;

import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordPage;
import io.atrium.sdk.record.RecordQuery;
import io.atrium.sdk.security.FieldAccess;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Filling and reading the records of published forms as the calling user: permissions, row scope
 * and field access are applied here, so pages, REST, imports and exports behave the same.
 *
 * <p>Input values are JSON-like ({@code String}, {@code Number}, {@code Boolean}, {@code List},
 * {@code Map}, or text as typed in a page or an import cell) and are converted by the field's type;
 * returned records hold the canonical Java values, without the fields the caller may not read.
 */
public interface FormRecords {

  /**
   * Creates a record.
   *
   * @param submit true to submit it (serial number, {@code record/submitted} event, approval if bound);
   *     false to keep it as a draft
   * @throws io.atrium.sdk.record.RecordValidationException naming every refused field
   * @throws io.atrium.sdk.security.AccessDeniedException without the form's create permission
   */
  RecordData create(String formKey, Map<String, ?> values, boolean submit);

  /**
   * Changes fields of a record the caller may edit.
   *
   * @throws io.atrium.sdk.record.RecordConflictException when someone else changed it since {@code expectedVersion}
   */
  RecordData update(String formKey, long id, long expectedVersion, Map<String, ?> values);

  /**
   * Submits a draft, with changes to its fields if {@code values} has any: the whole record is
   * validated as on submit, serial numbers are handed out and {@code record/submitted} is
   * published. The draft's owner may submit it with the form's create permission; others need
   * edit within their row scope.
   *
   * @throws io.atrium.sdk.record.RecordConflictException when someone else changed it since {@code expectedVersion}
   * @throws NotADraftException when the record is not a draft (any more)
   * @throws io.atrium.sdk.record.RecordValidationException naming every refused field
   */
  RecordData submit(String formKey, long id, long expectedVersion, Map<String, ?> values);

  /** A record the caller may view, also one in the recycle bin. */
  Optional<RecordData> get(String formKey, long id);

  /** Records the caller may view; {@code quickSearch} (or null) matches any text field. */
  RecordPage list(String formKey, RecordQuery query, String quickSearch);

  /** Moves records to the recycle bin; returns how many moved. */
  int delete(String formKey, List<Long> ids);

  /** Brings records back from the recycle bin; returns how many came back. */
  int restore(String formKey, List<Long> ids);

  /** Records in the recycle bin the caller may view. */
  RecordPage recycleBin(String formKey, int offset, int limit);

  /** The caller's access to each field of the form's current version, by field name. */
  Map<String, FieldAccess> fieldAccess(String formKey);
}
