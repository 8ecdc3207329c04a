package io.atrium.kernel.tabular.internal;

import io.atrium.sdk.table.TableWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** A workbook with one sheet, flushed every few hundred rows so memory stays flat. */
public final class XlsxTableWriter implements TableWriter {

  /** Rows kept before they are written out. */
  private static final int FLUSH_EVERY = 500;

  private final Workbook workbook;
  private final Worksheet sheet;
  private final ZoneId zone;
  private int row;

  /** Starts the workbook. */
  public XlsxTableWriter(OutputStream out, String sheetName, ZoneId zone) {
    this.workbook = new Workbook(out, "Atrium", "1.0");
    this.sheet = workbook.newWorksheet(sheetName(sheetName));
    this.zone = zone;
  }

  /** Excel's rules for sheet names: at most 31 characters, none of {@code \ / ? * [ ] :}. */
  static String sheetName(String name) {
    String clean = name == null || name.isBlank() ? "Sheet1" : name.replaceAll("[\\\\/?*\\[\\]:]", "_").strip();
    return clean.length() > 31 ? clean.substring(0, 31) : clean;
  }

  @Override
  public void row(List<?> cells) throws IOException {
    for (int column = 0; column < cells.size(); column++) {
      write(column, cells.get(column));
    }
    row++;
    if (row % FLUSH_EVERY == 0) {
      sheet.flush();
    }
  }

  private void write(int column, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof Number number) {
      sheet.value(row, column, number);
    } else if (value instanceof Boolean bool) {
      sheet.value(row, column, bool);
    } else if (value instanceof LocalDate date) {
      sheet.value(row, column, date);
      sheet.style(row, column).format("yyyy-mm-dd").set();
    } else if (value instanceof LocalDateTime dateTime) {
      sheet.value(row, column, dateTime);
      sheet.style(row, column).format("yyyy-mm-dd hh:mm:ss").set();
    } else if (value instanceof Instant instant) {
      sheet.value(row, column, LocalDateTime.ofInstant(instant, zone));
      sheet.style(row, column).format("yyyy-mm-dd hh:mm:ss").set();
    } else {
      sheet.value(row, column, Texts.of(value, zone));
    }
  }

  @Override
  public void close() throws IOException {
    workbook.finish();
  }
}
