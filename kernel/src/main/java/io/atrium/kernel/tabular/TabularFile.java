package io.atrium.kernel.tabular;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads a table from an uploaded spreadsheet: Excel (.xlsx, first sheet) or CSV in UTF-8 (with or
 * without BOM) or GB18030 (what Excel on Chinese Windows writes). The kind is told by the content,
 * not the file name. Cells come back as trimmed text; numbers without their ".0".
 */
public final class TabularFile {

  /** Most rows read, so a huge file cannot exhaust memory. */
  public static final int MAX_ROWS = 20_000;
  /** Most columns read per row. */
  public static final int MAX_COLUMNS = 60;

  /** A row with its number as a spreadsheet shows it (the header row is 1). */
  public record Line(int number, List<String> cells) {
    /** The cell at a column, or empty. */
    public String cell(int column) {
      return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    /** Whether every cell is empty. */
    public boolean blank() {
      return cells.stream().allMatch(String::isEmpty);
    }
  }

  /** The file could not be read as a table; the message says why. */
  public static final class UnreadableException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message key of the kernel bundle. */
    public UnreadableException(String key, Throwable cause) {
      super(key, cause);
    }
  }

  private TabularFile() {
  }

  /** Reads every row, the header included. */
  public static List<Line> read(byte[] content) throws UnreadableException {
    if (content.length == 0) {
      throw new UnreadableException("import.file.empty", null);
    }
    if (ReadableWorkbook.isOLE2Header(content)) {
      throw new UnreadableException("import.file.xls", null);
    }
    if (ReadableWorkbook.isOOXMLZipHeader(content)) {
      return readXlsx(content);
    }
    return readCsv(text(content));
  }

  private static List<Line> readXlsx(byte[] content) throws UnreadableException {
    List<Line> lines = new ArrayList<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
        Stream<Row> rows = workbook.getFirstSheet().openStream()) {
      for (Row row : (Iterable<Row>) rows::iterator) {
        if (lines.size() >= MAX_ROWS) {
          throw new UnreadableException("import.file.rows", null);
        }
        List<String> cells = new ArrayList<>();
        int count = Math.min(row.getCellCount(), MAX_COLUMNS);
        for (int i = 0; i < count; i++) {
          cells.add(row.getOptionalCell(i).map(TabularFile::text).orElse(""));
        }
        lines.add(new Line(row.getRowNum(), cells));
      }
    } catch (IOException | RuntimeException e) {
      throw new UnreadableException("import.file.unreadable", e);
    }
    return lines;
  }

  private static String text(Cell cell) {
    return switch (cell.getType()) {
      case NUMBER -> {
        BigDecimal number = cell.asNumber();
        yield number == null ? "" : number.stripTrailingZeros().toPlainString();
      }
      case BOOLEAN -> String.valueOf(cell.asBoolean());
      case EMPTY -> "";
      default -> Optional.ofNullable(cell.getText()).orElse("").strip();
    };
  }

  private static List<Line> readCsv(String text) throws UnreadableException {
    List<Line> lines = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false)
        .setTrim(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      int number = 0;
      for (CSVRecord record : parser) {
        number++;
        if (lines.size() >= MAX_ROWS) {
          throw new UnreadableException("import.file.rows", null);
        }
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < Math.min(record.size(), MAX_COLUMNS); i++) {
          cells.add(record.get(i));
        }
        lines.add(new Line(number, cells));
      }
    } catch (IOException | RuntimeException e) {
      throw new UnreadableException("import.file.unreadable", e);
    }
    return lines;
  }

  /** Semicolon-separated files come from Excel in some locales; tabs from copy and paste. */
  private static char delimiter(String text) {
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
    long commas = header.chars().filter(c -> c == ',').count();
    long semicolons = header.chars().filter(c -> c == ';').count();
    long tabs = header.chars().filter(c -> c == '\t').count();
    if (tabs > commas && tabs > semicolons) {
      return '\t';
    }
    return semicolons > commas ? ';' : ',';
  }

  /** UTF-8 when the bytes are valid UTF-8 (BOM removed), else GB18030. */
  static String text(byte[] content) {
    int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
        && (content[2] & 0xFF) == 0xBF ? 3 : 0;
    ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(content, Charset.forName("GB18030"));
    }
  }

}
