package io.atrium.forms.internal.search;

import java.util.Map;

/**
 * What the index keeps of one live record: who owns it (for the row scope) and its searchable text
 * per field, keyed by the field's stable id so that a renamed field keeps its documents.
 *
 * @param formKey the form's key
 * @param recordId the record's id
 * @param ownerId the owner, or null
 * @param departmentId the owning department, or null
 * @param serial the record's serial number, or null
 * @param texts the text of each searchable field that has one, by field key
 */
public record RecordDocument(String formKey, long recordId, Long ownerId, Long departmentId, String serial,
    Map<String, String> texts) {

  /** Copies the texts. */
  public RecordDocument {
    texts = Map.copyOf(texts);
  }
}
