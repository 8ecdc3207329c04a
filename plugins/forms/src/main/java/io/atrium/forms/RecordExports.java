package io.atrium.forms;

import io.atrium.sdk.record.RecordQuery;
import io.atrium.sdk.table.TableFormat;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Exporting records to CSV and Excel as the calling user, who needs the form's {@code export}
 * permission: the records they may view (row scope), filtered and sorted as in the records list,
 * with only the fields they may read.
 */
public interface RecordExports {

  /** An export checked and ready to be written. */
  interface Export {
    /** The file name to offer, e.g. {@code expense-20261202.xlsx}. */
    String fileName();

    /** The media type of the file. */
    String mediaType();

    /** Writes the file (the records are read in pages while writing) and audits the export. */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Checks the permissions and the query; nothing is read yet.
   *
   * @param query the conditions and order of the records list; its paging is ignored
   * @param quickSearch text any text field contains, or null
   * @throws io.atrium.sdk.security.AccessDeniedException without the export permission, or when
   *     the query names a hidden field
   */
  Export prepare(String formKey, RecordQuery query, String quickSearch, TableFormat format);
}
