package io.atrium.forms;

/**
 * Comments on a record: whoever may view the record reads and writes them; {@code @loginName} in
 * a comment tells the named user through an in-app notification, if they may view the record
 * too. The text is stored as typed and shown escaped everywhere.
 */
public interface RecordComments {

  /** A comment is at most this long. */
  int MAX_LENGTH = 4000;

  /** A page is at most this long. */
  int MAX_LIMIT = 200;

  /**
   * Adds a comment and notifies the users it mentions who may view the record (never its author).
   *
   * @throws io.atrium.sdk.record.RecordValidationException when the text is empty or too long
   * @throws io.atrium.sdk.record.RecordNotFoundException when the caller may not view the record or there is none
   * @throws io.atrium.sdk.security.AccessDeniedException without the form's view permission
   */
  RecordComment add(String formKey, long id, String text);

  /** The record's comments, oldest first (newest last), from {@code offset} on. */
  CommentPage list(String formKey, long id, int offset, int limit);

  /**
   * Deletes a comment: its author may, and so may whoever may edit the record.
   *
   * @return false when the record has no such comment
   * @throws io.atrium.sdk.security.AccessDeniedException when the caller may not delete it
   */
  boolean delete(String formKey, long id, long commentId);
}
