package io.atrium.forms;

import io.atrium.sdk.blob.StoredBlob;
import java.io.InputStream;
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

  /**
   * Stores a file for a file field the caller may fill (form create or edit permission, field
   * writable), checked against the field's size and type limits; its id then goes into the
   * field's value of a new or changed record.
   *
   * @throws io.atrium.sdk.blob.BlobRefusedException when the file is too large or of a refused type
   * @throws io.atrium.sdk.record.RecordValidationException when the field is not a file field the caller may write
   * @throws io.atrium.sdk.security.AccessDeniedException without create or edit permission
   */
  StoredBlob upload(String formKey, String field, String filename, InputStream content);
}
