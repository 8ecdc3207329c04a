package io.atrium.kernel.tabular.internal;

import io.atrium.sdk.table.TableFormat;
import io.atrium.sdk.table.TableReader;
import io.atrium.sdk.table.TableRow;
import io.atrium.sdk.table.UnreadableTableException;
import io.atrium.sdk.table.UnreadableTableException.Reason;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/** The first sheet of a workbook, row by row, from the file (FastExcel reads the zip entries lazily). */
public final class XlsxTableReader implements TableReader {

  private final ReadableWorkbook workbook;
  private final Stream<Row> stream;
  private final Iterator<Row> rows;
  private final int maxColumns;

  private XlsxTableReader(ReadableWorkbook workbook, Stream<Row> stream, int maxColumns) {
    this.workbook = workbook;
    this.stream = stream;
    this.rows = stream.iterator();
    this.maxColumns = maxColumns;
  }

  /** Opens a workbook; a zip that is no workbook is refused. */
  public static XlsxTableReader open(Path file, int maxColumns) throws UnreadableTableException {
    ReadableWorkbook workbook = null;
    try {
      // cell formats are read so date cells come back as dates, not day numbers
      workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
      return new XlsxTableReader(workbook, workbook.getFirstSheet().openStream(), maxColumns);
    } catch (IOException | RuntimeException e) {
      closeQuietly(workbook);
      throw new UnreadableTableException(Reason.CONTENT_MISMATCH, 0,
          "The file is not an Excel workbook: " + e.getMessage(), e);
    }
  }

  @Override
  public TableFormat format() {
    return TableFormat.XLSX;
  }

  @Override
  public TableRow next() throws UnreadableTableException {
    try {
      if (!rows.hasNext()) {
        return null;
      }
      Row row = rows.next();
      if (row.getCellCount() > maxColumns) {
        throw new UnreadableTableException(Reason.TOO_MANY_COLUMNS, row.getRowNum(),
            "Row " + row.getRowNum() + " has more than " + maxColumns + " cells", null);
      }
      List<String> cells = new ArrayList<>(row.getCellCount());
      for (int i = 0; i < row.getCellCount(); i++) {
        cells.add(row.getOptionalCell(i).map(Cells::text).orElse(""));
      }
      return new TableRow(row.getRowNum(), cells);
    } catch (RuntimeException e) {
      throw new UnreadableTableException(Reason.MALFORMED, 0, "The workbook is damaged: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    stream.close();
    closeQuietly(workbook);
  }

  private static void closeQuietly(ReadableWorkbook workbook) {
    if (workbook != null) {
      try {
        workbook.close();
      } catch (IOException ignored) {
        // nothing was written; the file is the caller's to delete
      }
    }
  }
}
