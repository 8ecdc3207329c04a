package io.atrium.kernel.tabular.internal;

import io.atrium.sdk.table.TableFormat;
import io.atrium.sdk.table.TableReader;
import io.atrium.sdk.table.TableRow;
import io.atrium.sdk.table.UnreadableTableException;
import io.atrium.sdk.table.UnreadableTableException.Reason;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A CSV file, record by record, in the encoding its bytes show. */
public final class CsvTableReader implements TableReader {

  /** What Excel on Chinese Windows saves CSV in. */
  private static final Charset GB18030 = Charset.forName("GB18030");

  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final int maxColumns;
  private int number;

  private CsvTableReader(CSVParser parser, int maxColumns) {
    this.parser = parser;
    this.records = parser.iterator();
    this.maxColumns = maxColumns;
  }

  /** Opens a file: finds its encoding and delimiter. */
  public static CsvTableReader open(Path file, int maxColumns) throws IOException, UnreadableTableException {
    Charset charset = isUtf8(file) ? StandardCharsets.UTF_8 : GB18030;
    String header;
    try (BufferedReader reader = reader(file, charset)) {
      header = reader.readLine();
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(header == null ? "" : header))
        .setIgnoreEmptyLines(false).setTrim(true).get();
    return new CsvTableReader(CSVParser.parse(reader(file, charset), format), maxColumns);
  }

  @Override
  public TableFormat format() {
    return TableFormat.CSV;
  }

  @Override
  public TableRow next() throws UnreadableTableException {
    try {
      if (!records.hasNext()) {
        return null;
      }
      CSVRecord record = records.next();
      number++;
      if (record.size() > maxColumns) {
        throw new UnreadableTableException(Reason.TOO_MANY_COLUMNS, number,
            "Row " + number + " has more than " + maxColumns + " cells", null);
      }
      List<String> cells = new ArrayList<>(record.size());
      record.forEach(cells::add);
      return new TableRow(number, cells);
    } catch (UncheckedIOException | IllegalStateException e) {
      // an unclosed quote or a character after a closing quote
      throw new UnreadableTableException(Reason.MALFORMED, number + 1,
          "The CSV file is malformed after row " + number + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException ignored) {
      // a reader of a local file; nothing to flush
    }
  }

  /** A reader that skips a UTF-8 byte order mark. */
  private static BufferedReader reader(Path file, Charset charset) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (charset == StandardCharsets.UTF_8) {
      in = new java.io.BufferedInputStream(in);
      in.mark(3);
      byte[] bom = in.readNBytes(3);
      if (bom.length < 3 || (bom[0] & 0xFF) != 0xEF || (bom[1] & 0xFF) != 0xBB || (bom[2] & 0xFF) != 0xBF) {
        in.reset();
      }
    }
    return new BufferedReader(new InputStreamReader(in, charset), 64 * 1024);
  }

  /** Whether every byte of the file is valid UTF-8: then it is UTF-8, since GB18030 text rarely is. */
  private static boolean isUtf8(Path file) throws IOException {
    try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
      char[] buffer = new char[64 * 1024];
      while (reader.read(buffer) >= 0) {
        // decoding is the check
      }
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** Semicolon-separated files come from Excel in some locales; tabs from copy and paste. */
  static char delimiter(String header) {
    long commas = header.chars().filter(c -> c == ',').count();
    long semicolons = header.chars().filter(c -> c == ';').count();
    long tabs = header.chars().filter(c -> c == '\t').count();
    if (tabs > commas && tabs > semicolons) {
      return '\t';
    }
    return semicolons > commas ? ';' : ',';
  }
}
