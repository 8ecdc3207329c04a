package io.atrium.forms;

import io.atrium.forms.imports.ImportMode;
import io.atrium.forms.imports.ImportPreview;
import io.atrium.forms.imports.ImportStatus;
import java.io.InputStream;
import java.util.Map;

/**
 * Importing records from CSV and Excel files as the calling user, who needs the form's
 * {@code import} permission: upload (the file is read once, whole, so a broken or oversized one is
 * refused before anything happens), a mapping of columns to fields, a check of every row, then the
 * import itself in the background, all or nothing or only the valid rows. An import belongs to the
 * user who uploaded it; others see none of it.
 */
public interface RecordImports {

  /**
   * Keeps an uploaded file and previews it.
   *
   * @param fileName the file's name as the user gave it; its extension must match its content
   * @throws io.atrium.forms.imports.ImportRefusedException when the file is too large, of the wrong
   *     kind or malformed
   */
  ImportPreview upload(String formKey, String fileName, InputStream content);

  /** The preview of an upload again. */
  ImportPreview preview(String formKey, String importId);

  /** Where an import stands: its check or run progress, its report and outcome. */
  ImportStatus status(String formKey, String importId);

  /**
   * Starts checking every row with a mapping, in the background; changes nothing.
   *
   * @param mapping column number (0 is the first) to field name; unmapped columns are ignored
   */
  ImportStatus check(String formKey, String importId, Map<Integer, String> mapping);

  /** Starts the import in the background: every row is checked again, then stored as the mode says. */
  ImportStatus run(String formKey, String importId, Map<Integer, String> mapping, ImportMode mode);

  /** Forgets an upload and deletes its file; a running import finishes first. */
  void discard(String formKey, String importId);
}
