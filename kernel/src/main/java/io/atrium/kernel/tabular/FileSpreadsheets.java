package io.atrium.kernel.tabular;

import io.atrium.kernel.tabular.internal.ContentKind;
import io.atrium.kernel.tabular.internal.CsvTableReader;
import io.atrium.kernel.tabular.internal.CsvTableWriter;
import io.atrium.kernel.tabular.internal.XlsxTableReader;
import io.atrium.kernel.tabular.internal.XlsxTableWriter;
import io.atrium.sdk.table.Spreadsheets;
import io.atrium.sdk.table.TableFormat;
import io.atrium.sdk.table.TableReader;
import io.atrium.sdk.table.TableWriter;
import io.atrium.sdk.table.UnreadableTableException;
import io.atrium.sdk.table.UnreadableTableException.Reason;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/** The kernel's {@link Spreadsheets}: CSV through Commons CSV, workbooks through FastExcel, both streamed. */
public final class FileSpreadsheets implements Spreadsheets {

  @Override
  public TableReader read(Path file, String fileName, int maxColumns) throws UnreadableTableException, IOException {
    Objects.requireNonNull(file, "file");
    String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
    if (Files.size(file) == 0) {
      throw new UnreadableTableException(Reason.EMPTY, 0, "The file is empty", null);
    }
    ContentKind content = ContentKind.of(file);
    if (name.endsWith(".xls") || content == ContentKind.OLE2) {
      throw new UnreadableTableException(Reason.LEGACY_EXCEL, 0,
          "Excel 97-2003 files (.xls) are not read; save the file as .xlsx or CSV", null);
    }
    TableFormat format = TableFormat.ofFileName(name).orElseThrow(() -> new UnreadableTableException(
        Reason.UNSUPPORTED_EXTENSION, 0, "Only .csv, .txt and .xlsx files are read", null));
    int columns = Math.max(1, Math.min(maxColumns, MAX_COLUMNS));
    if (format == TableFormat.XLSX) {
      if (content != ContentKind.ZIP) {
        throw mismatch(format);
      }
      return XlsxTableReader.open(file, columns);
    }
    if (content != ContentKind.TEXT) {
      throw mismatch(format);
    }
    return CsvTableReader.open(file, columns);
  }

  @Override
  public TableWriter write(OutputStream out, TableFormat format, String sheetName, ZoneId zone) throws IOException {
    Objects.requireNonNull(out, "out");
    return switch (format) {
      case CSV -> new CsvTableWriter(out, zone);
      case XLSX -> new XlsxTableWriter(out, sheetName, zone);
    };
  }

  private static UnreadableTableException mismatch(TableFormat format) {
    return new UnreadableTableException(Reason.CONTENT_MISMATCH, 0,
        "The content of the file is not " + format.name() + " as its name says", null);
  }
}
