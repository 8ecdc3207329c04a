package io.atrium.kernel.tabular.internal;

import io.atrium.sdk.table.TableWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV in UTF-8 with a byte order mark, which is how Excel knows the text is UTF-8. */
public final class CsvTableWriter implements TableWriter {

  private final BufferedWriter writer;
  private final CSVPrinter printer;
  private final ZoneId zone;

  /** Starts the file with the byte order mark. */
  public CsvTableWriter(OutputStream out, ZoneId zone) throws IOException {
    this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    this.writer.write('\uFEFF');
    this.printer = new CSVPrinter(writer, CSVFormat.EXCEL);
    this.zone = zone;
  }

  @Override
  public void row(List<?> cells) throws IOException {
    for (Object cell : cells) {
      printer.print(guard(Texts.of(cell, zone)));
    }
    printer.println();
  }

  /** Text Excel would run as a formula gets a leading quote (CSV injection). */
  static String guard(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !isNumber(text)) {
      return "'" + text;
    }
    return text;
  }

  private static boolean isNumber(String text) {
    return text.matches("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
  }

  @Override
  public void close() throws IOException {
    printer.flush();
    writer.flush();
  }
}
