package io.atrium.kernel.identity;

import io.atrium.kernel.i18n.Message;
import io.atrium.sdk.table.Spreadsheets;
import io.atrium.sdk.table.TableReader;
import io.atrium.sdk.table.TableRow;
import io.atrium.sdk.table.UnreadableTableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of an org import file, read through {@link Spreadsheets} with its content checks; a file
 * that cannot be read is {@link Refused} with a message of the kernel bundle.
 */
final class OrgImportFile {

  /** Most rows read (the header included), so a huge file cannot exhaust memory. */
  static final int MAX_ROWS = 20_000;
  /** Cells read of each row; the import's columns fit many times over, cells beyond are left out as before. */
  static final int MAX_COLUMNS = 60;

  private OrgImportFile() {
  }

  /** A file that cannot be imported at all, with the problem to tell. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Message problem;

    Refused(Message problem) {
      super(problem.key(), null, false, false);
      this.problem = problem;
    }

    /** What to tell the uploader. */
    Message problem() {
      return problem;
    }
  }

  /** Every row of the file, the header included, from a temporary copy the reader needs. */
  static List<TableRow> rows(Spreadsheets spreadsheets, byte[] content, String fileName) throws Refused {
    Path file = null;
    try {
      file = Files.createTempFile("atrium-org-import-", ".upload");
      Files.write(file, content);
      String name = fileName != null && !fileName.isBlank() ? fileName : nameByContent(content);
      List<TableRow> rows = new ArrayList<>();
      // read as wide as any reader allows: a workbook styles empty cells far to the right
      try (TableReader reader = spreadsheets.read(file, name, Spreadsheets.MAX_COLUMNS)) {
        for (TableRow row = reader.next(); row != null; row = reader.next()) {
          if (rows.size() >= MAX_ROWS) {
            throw new Refused(Message.of("import.file.rows"));
          }
          rows.add(row.cells().size() <= MAX_COLUMNS ? row
              : new TableRow(row.number(), row.cells().subList(0, MAX_COLUMNS)));
        }
      }
      return rows;
    } catch (UnreadableTableException e) {
      throw new Refused(problem(e));
    } catch (IOException e) {
      throw new Refused(Message.of("import.file.unreadable"));
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // a temporary file; the system cleans its folder
        }
      }
    }
  }

  /** Without a name the content decides, as before names were read: a zip is a workbook, the rest CSV. */
  private static String nameByContent(byte[] content) {
    boolean zip = content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    return zip ? "upload.xlsx" : "upload.csv";
  }

  private static Message problem(UnreadableTableException e) {
    return switch (e.reason()) {
      case EMPTY -> Message.of("import.file.empty");
      case LEGACY_EXCEL -> Message.of("import.file.xls");
      case UNSUPPORTED_EXTENSION -> Message.of("import.file.extension");
      case CONTENT_MISMATCH -> Message.of("import.file.mismatch");
      case TOO_MANY_COLUMNS -> Message.of("import.file.columns", e.row(), Spreadsheets.MAX_COLUMNS);
      case MALFORMED -> Message.of("import.file.unreadable");
    };
  }
}
