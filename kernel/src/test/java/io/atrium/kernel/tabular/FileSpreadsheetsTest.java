package io.atrium.kernel.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.sdk.table.Spreadsheets;
import io.atrium.sdk.table.TableFormat;
import io.atrium.sdk.table.TableReader;
import io.atrium.sdk.table.TableRow;
import io.atrium.sdk.table.TableWriter;
import io.atrium.sdk.table.UnreadableTableException;
import io.atrium.sdk.table.UnreadableTableException.Reason;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSpreadsheetsTest {

  private final Spreadsheets sheets = new FileSpreadsheets();

  @TempDir
  Path dir;

  @Test
  void writesAndReadsBackAWorkbookWithChineseTextNumbersAndDates() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableWriter writer = sheets.write(out, TableFormat.XLSX, "费用/报销", ZoneOffset.UTC)) {
      writer.row(List.of("事由", "金额", "日期"));
      writer.row(List.of("差旅", new BigDecimal("12.50"), LocalDate.of(2026, 12, 2)));
      writer.row(java.util.Arrays.asList("空", null, 3));
    }
    List<TableRow> rows = read(file("a.xlsx", out.toByteArray()), "a.xlsx");
    assertThat(rows).extracting(TableRow::cells).containsExactly(List.of("事由", "金额", "日期"),
        List.of("差旅", "12.5", "2026-12-02"), List.of("空", "", "3"));
    assertThat(rows.get(1).number()).isEqualTo(2);
  }

  @Test
  void writesCsvInUtf8WithABomAndReadsItBackWithoutIt() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableWriter writer = sheets.write(out, TableFormat.CSV, "x", ZoneOffset.UTC)) {
      writer.row(List.of("名称", "备注"));
      writer.row(List.of("a,b", "=1+1"));
    }
    byte[] bytes = out.toByteArray();
    assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
    List<TableRow> rows = read(file("a.csv", bytes), "a.csv");
    assertThat(rows).extracting(TableRow::cells).containsExactly(List.of("名称", "备注"), List.of("a,b", "'=1+1"));
  }

  @Test
  void readsGb18030AndSemicolons() throws Exception {
    byte[] bytes = "姓名;部门\n张三;市场部\n".getBytes(Charset.forName("GB18030"));
    assertThat(read(file("a.csv", bytes), "A.CSV")).extracting(TableRow::cells)
        .containsExactly(List.of("姓名", "部门"), List.of("张三", "市场部"));
  }

  @Test
  void refusesContentThatDoesNotMatchTheExtension() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableWriter writer = sheets.write(out, TableFormat.XLSX, "s", ZoneOffset.UTC)) {
      writer.row(List.of("a"));
    }
    assertReason(file("w.csv", out.toByteArray()), "w.csv", Reason.CONTENT_MISMATCH);
    assertReason(file("t.xlsx", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)), "t.xlsx", Reason.CONTENT_MISMATCH);
    assertReason(file("p.csv", new byte[] {0x7F, 'E', 'L', 'F', 0, 0, 1, 2}), "p.csv", Reason.CONTENT_MISMATCH);
    byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0};
    assertReason(file("z.xlsx", zip), "z.xlsx", Reason.CONTENT_MISMATCH);
    assertReason(file("o.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1}), "o.xls", Reason.LEGACY_EXCEL);
    assertReason(file("e.csv", new byte[0]), "e.csv", Reason.EMPTY);
    assertReason(file("d.docx", "a".getBytes(StandardCharsets.UTF_8)), "d.docx", Reason.UNSUPPORTED_EXTENSION);
  }

  @Test
  void reportsAMalformedCsvAndTooWideRows() throws Exception {
    Path broken = file("b.csv", "a,b\n1,\"open\n".getBytes(StandardCharsets.UTF_8));
    try (TableReader reader = sheets.read(broken, "b.csv", 10)) {
      assertThat(reader.next().cells()).containsExactly("a", "b");
      assertThatThrownBy(reader::next).isInstanceOf(UnreadableTableException.class)
          .extracting(e -> ((UnreadableTableException) e).reason()).isEqualTo(Reason.MALFORMED);
    }
    Path wide = file("w.csv", "a,b,c\n".getBytes(StandardCharsets.UTF_8));
    try (TableReader reader = sheets.read(wide, "w.csv", 2)) {
      assertThatThrownBy(reader::next).extracting(e -> ((UnreadableTableException) e).reason())
          .isEqualTo(Reason.TOO_MANY_COLUMNS);
    }
  }

  private void assertReason(Path file, String name, Reason reason) {
    assertThatThrownBy(() -> read(file, name)).isInstanceOf(UnreadableTableException.class)
        .extracting(e -> ((UnreadableTableException) e).reason()).isEqualTo(reason);
  }

  private List<TableRow> read(Path file, String name) throws Exception {
    List<TableRow> rows = new ArrayList<>();
    try (TableReader reader = sheets.read(file, name, 100)) {
      for (TableRow row = reader.next(); row != null; row = reader.next()) {
        rows.add(row);
      }
    }
    return rows;
  }

  private Path file(String name, byte[] content) throws Exception {
    return Files.write(dir.resolve(name), content);
  }
}
