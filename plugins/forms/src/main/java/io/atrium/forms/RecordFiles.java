package io.atrium.forms;

import java.util.Optional;

/**
 * The files of a record as the caller may download them: the record must be one they may view
 * (permission and row scope), the blob must be a value of one of that record's attachment, image
 * or signature fields (also in sub-table lines), and that field must be readable to the caller.
 * A blob id alone never opens a file.
 */
public interface RecordFiles {

  /**
   * The file, or empty when the blob is not a readable file of that record.
   *
   * @throws io.atrium.sdk.record.RecordNotFoundException when the caller may not view the record or there is none
   * @throws io.atrium.sdk.security.AccessDeniedException without the form's view permission
   */
  Optional<RecordFile> find(String formKey, long id, String blobId);
}
