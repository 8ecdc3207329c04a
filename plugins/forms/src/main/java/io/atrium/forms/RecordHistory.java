package io.atrium.forms;

import java.util.List;

/**
 * The change history of a record, read from the forms plugin's own audit entries, as the caller
 * may see it: the record must be one they may view, and the values of fields hidden from them
 * are redacted.
 */
public interface RecordHistory {

  /** Entries of one page are never more. */
  int MAX_LIMIT = 200;

  /**
   * The record's history, oldest first.
   *
   * @throws io.atrium.sdk.record.RecordNotFoundException when the caller may not view the record or there is none
   * @throws io.atrium.sdk.security.AccessDeniedException without the form's view permission
   */
  List<HistoryEntry> of(String formKey, long id, int offset, int limit);
}
