package io.atrium.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.forms.imports.ImportField;
import io.atrium.forms.imports.ImportMode;
import io.atrium.forms.imports.ImportPreview;
import io.atrium.forms.imports.ImportProblem;
import io.atrium.forms.imports.ImportRefusedException;
import io.atrium.forms.imports.ImportRefusedException.Kind;
import io.atrium.forms.imports.ImportState;
import io.atrium.forms.imports.ImportStatus;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordQuery;
import io.atrium.sdk.security.AccessDeniedException;
import io.atrium.sdk.security.FieldAccess;
import io.atrium.sdk.table.TableFormat;
import io.atrium.sdk.table.TableWriter;
import io.atrium.sdk.testkit.TestAuditLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Imports from CSV and Excel: preview, mapping, the row-by-row report, both modes, refused files. */
class RecordImportsTest {

  static final String SCHEMA = """
      {"key": "claims", "name": {"zh-CN": "报销", "en": "Claims"}, "sections": [{"columns": 1, "fields": [
        {"name": "claimNo", "type": "serial", "label": "编号", "serialPattern": "C-{seq:5}"},
        {"name": "title", "type": "text", "label": {"zh-CN": "事由", "en": "Title"}, "required": true, "maxLength": 20},
        {"name": "amount", "type": "decimal", "label": {"zh-CN": "金额", "en": "Amount"}, "min": 0, "scale": 2},
        {"name": "day", "type": "date", "label": {"zh-CN": "日期", "en": "Day"}},
        {"name": "kind", "type": "select", "label": {"zh-CN": "类别", "en": "Kind"}, "options": [
          {"value": "travel", "label": {"zh-CN": "差旅", "en": "Travel"}},
          {"value": "meal", "label": {"zh-CN": "餐饮", "en": "Meal"}}]},
        {"name": "code", "type": "text", "label": {"zh-CN": "代码", "en": "Code"}, "unique": true},
        {"name": "secret", "type": "text", "label": {"zh-CN": "机密", "en": "Secret"}}]}]}
      """;

  static final String[] PERMISSIONS = {"forms:use", "forms:design", "forms:claims:create", "forms:claims:view",
      "forms:claims:edit", "forms:claims:import", "forms:claims:export"};

  private ImportsFixture forms;

  @BeforeEach
  void start() {
    forms = new ImportsFixture(PERMISSIONS);
    forms.publish(SCHEMA, "claims");
  }

  @AfterEach
  void stop() {
    forms.close();
  }

  @Test
  void previewsTheFileAndSuggestsTheMappingByLabelsInEitherLanguageAndByName() {
    ImportPreview preview = upload("claims.csv", csv("事由,Amount,day,Unknown,编号\n差旅费,12.5,2026-12-02,x,1\n"));

    assertThat(preview.format()).isEqualTo("csv");
    assertThat(preview.rows()).isEqualTo(1);
    assertThat(preview.headers()).containsExactly("事由", "Amount", "day", "Unknown", "编号");
    assertThat(preview.sample()).containsExactly(List.of("差旅费", "12.5", "2026-12-02", "x", "1"));
    // the serial field is not mappable, so 编号 is left alone
    assertThat(preview.suggested()).isEqualTo(Map.of(0, "title", 1, "amount", 2, "day"));
    assertThat(preview.fields()).filteredOn(ImportField::name, "claimNo").extracting(ImportField::mappable)
        .containsExactly(false);
  }

  @Test
  void checkReportsEveryProblemRowByRowAndChangesNothing() throws Exception {
    ImportPreview preview = upload("c.csv", csv("Title,Amount,Kind,Code\nok,1,差旅,a\n,2,Meal,b\n"
        + "three,-1,nope,c\nfour,4,travel,a\n"));

    ImportStatus status = await(forms.imports.check("claims", preview.id(), Map.of(0, "title", 1, "amount", 2,
        "kind", 3, "code")));

    assertThat(status.state()).isEqualTo(ImportState.CHECKED);
    assertThat(status.done()).isEqualTo(4);
    assertThat(status.validRows()).isEqualTo(1);
    assertThat(status.invalidRows()).isEqualTo(3);
    assertThat(status.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::field)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "Title", "title"),
            org.assertj.core.groups.Tuple.tuple(4, "Amount", "amount"),
            org.assertj.core.groups.Tuple.tuple(4, "Kind", "kind"),
            org.assertj.core.groups.Tuple.tuple(5, "Code", "code"));
    assertThat(status.problems().get(0).message()).startsWith("Title: ");
    assertThat(count()).isZero();
  }

  @Test
  void allOrNothingStoresNothingWhenARowFailsAndEverythingWhenNoneDoes() throws Exception {
    StringBuilder text = new StringBuilder("Title,Amount\n");
    for (int i = 1; i <= 2500; i++) {
      text.append("row ").append(i).append(',').append(i == 2400 ? "-5" : String.valueOf(i)).append('\n');
    }
    ImportPreview failing = upload("many.csv", csv(text.toString()));
    ImportStatus refused = await(forms.imports.run("claims", failing.id(), Map.of(0, "title", 1, "amount"),
        ImportMode.ALL_OR_NOTHING));

    assertThat(refused.state()).isEqualTo(ImportState.FAILED);
    assertThat(refused.error()).contains("1 row");
    assertThat(refused.imported()).isZero();
    assertThat(count()).isZero();
    assertThat(forms.kit.audit().entries()).noneMatch(e -> e.action().equals("record.import"));

    ImportPreview clean = upload("ok.csv", csv("Title,Amount\na,1\nb,2\n"));
    ImportStatus done = await(forms.imports.run("claims", clean.id(), Map.of(0, "title", 1, "amount"),
        ImportMode.ALL_OR_NOTHING));

    assertThat(done.state()).isEqualTo(ImportState.DONE);
    assertThat(done.imported()).isEqualTo(2);
    // the rolled-back run gave its serial numbers back: no gap
    assertThat(list()).extracting(r -> r.values().get("claimNo")).containsExactly("C-00001", "C-00002");
  }

  @Test
  void validRowsModeStoresTheValidRowsInBatchesWithGapFreeSerialsAndOneAuditEntry() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableWriter writer = forms.kit.create(SpreadsheetsHolder.class).sheets.write(out, TableFormat.XLSX, "s",
        ZoneOffset.UTC)) {
      writer.row(List.of("Title", "Amount", "Day", "Code"));
      for (int i = 1; i <= 2100; i++) {
        writer.row(List.of(i % 1000 == 0 ? "" : "row " + i, new BigDecimal(i), LocalDate.of(2026, 1, 1 + i % 28),
            i == 5 ? "dup" : i == 6 ? "dup" : "c" + i));
      }
    }
    ImportPreview preview = upload("claims.xlsx", out.toByteArray());
    ImportStatus done = await(forms.imports.run("claims", preview.id(), preview.suggested(),
        ImportMode.VALID_ROWS));

    assertThat(preview.suggested()).isEqualTo(Map.of(0, "title", 1, "amount", 2, "day", 3, "code"));
    assertThat(done.state()).isEqualTo(ImportState.DONE);
    assertThat(done.invalidRows()).isEqualTo(3); // rows 1000 and 2000 lack a title; row 6 repeats a unique code
    assertThat(done.imported()).isEqualTo(2097);
    assertThat(done.problems()).extracting(ImportProblem::row).containsExactly(7, 1001, 2001);
    assertThat(count()).isEqualTo(2097);
    List<RecordData> records = list();
    assertThat(records.get(0).values()).containsEntry("day", LocalDate.of(2026, 1, 2))
        .containsEntry("amount", new BigDecimal("1.00")).containsEntry("claimNo", "C-00001");
    assertThat(records.get(records.size() - 1).values()).containsEntry("claimNo", "C-02097");
    assertThat(records.get(0).ownerId()).isEqualTo(7L);
    List<TestAuditLog.Entry> audit = forms.kit.audit().entries().stream()
        .filter(e -> e.action().startsWith("record.")).toList();
    assertThat(audit).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo("record.import");
      assertThat(e.after().get("imported")).isEqualTo(2097);
      assertThat(e.after().get("skipped")).isEqualTo(3);
    });
    assertThatThrownBy(() -> forms.imports.run("claims", preview.id(), preview.suggested(), ImportMode.VALID_ROWS))
        .isInstanceOf(ImportRefusedException.class).extracting(e -> ((ImportRefusedException) e).kind())
        .isEqualTo(Kind.CONFLICT);
  }

  @Test
  void oversizedMalformedAndMismatchedFilesAreRefusedAndChangeNothing() {
    assertRefused("x.xlsx", csv("Title\na\n"), Kind.UNSUPPORTED);
    assertRefused("x.exe", csv("Title\na\n"), Kind.UNSUPPORTED);
    assertRefused("x.csv", new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4}, Kind.UNSUPPORTED);
    assertRefused("x.csv", csv("Title\n\"open\n"), Kind.MALFORMED);
    assertRefused("x.csv", csv("Title\n"), Kind.MALFORMED);
    assertRefused("x.csv", new byte[0], Kind.MALFORMED);
    byte[] huge = new byte[(int) DefaultRecordImports.MAX_BYTES + 10];
    java.util.Arrays.fill(huge, (byte) 'a');
    assertRefused("x.csv", huge, Kind.TOO_LARGE);
    assertThat(count()).isZero();
    assertThat(forms.kit.audit().entries()).noneMatch(e -> e.action().startsWith("record."));
  }

  @Test
  void aFieldTheUserMayNotWriteCannotBeMappedAndAHiddenOneIsNotOffered() {
    forms.kit.access().field("forms:claims", "code", FieldAccess.READ).field("forms:claims", "secret",
        FieldAccess.HIDDEN);
    ImportPreview preview = upload("c.csv", csv("Title,Code,Secret\na,b,c\n"));

    assertThat(preview.suggested()).isEqualTo(Map.of(0, "title"));
    assertThat(preview.fields()).extracting(ImportField::name).doesNotContain("secret");
    assertThat(preview.fields()).filteredOn(ImportField::name, "code").extracting(ImportField::mappable)
        .containsExactly(false);
    assertThatThrownBy(() -> forms.imports.check("claims", preview.id(), Map.of(0, "title", 1, "code")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> forms.imports.check("claims", preview.id(), Map.of(0, "title", 2, "secret")))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void withoutTheImportPermissionNothingIsReadAndOthersDoNotSeeAnUpload() {
    ImportPreview preview = upload("c.csv", csv("Title\na\n"));
    forms.kit.user().signIn("bob", "forms:use", "forms:claims:import");
    forms.kit.user().userId(8);
    assertThatThrownBy(() -> forms.imports.status("claims", preview.id())).isInstanceOf(ImportRefusedException.class)
        .extracting(e -> ((ImportRefusedException) e).kind()).isEqualTo(Kind.NOT_FOUND);
    forms.kit.user().signIn("carol", "forms:use", "forms:claims:view");
    assertThatThrownBy(() -> upload("c.csv", csv("Title\na\n"))).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void exportWritesTheFilteredRecordsWithoutHiddenFieldsAndReadsBackThroughTheImport() throws Exception {
    forms.records.create("claims", Map.of("title", "one", "amount", "10", "kind", "travel", "secret", "s1"), true);
    forms.records.create("claims", Map.of("title", "two", "amount", "20", "kind", "meal", "secret", "s2"), true);
    forms.kit.access().field("forms:claims", "secret", FieldAccess.HIDDEN);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    forms.exports.prepare("claims", RecordQuery.all().where("amount", RecordQuery.Operator.GT, new BigDecimal("15")),
        null, TableFormat.CSV).writeTo(out);
    String text = out.toString(StandardCharsets.UTF_8);

    assertThat(text).startsWith("\uFEFF编号,Title,Amount,Day,Kind,Code,Created at");
    assertThat(text).contains("two,20.00,,Meal").doesNotContain("one").doesNotContain("s2").doesNotContain("Secret");
    assertThat(forms.kit.audit().entries()).anyMatch(e -> e.action().equals("record.export")
        && Integer.valueOf(1).equals(e.after().get("records")));

    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    forms.exports.prepare("claims", RecordQuery.all(), null, TableFormat.XLSX).writeTo(xlsx);
    ImportPreview back = upload("back.xlsx", xlsx.toByteArray());
    assertThat(back.rows()).isEqualTo(2);
    assertThat(back.headers()).doesNotContain("Secret").contains("Title", "Amount");
    assertThat(back.sample()).extracting(row -> row.get(back.headers().indexOf("Kind"))).containsExactly("Travel",
        "Meal");

    forms.kit.user().signIn("dave", "forms:use", "forms:claims:view");
    assertThatThrownBy(() -> forms.exports.prepare("claims", RecordQuery.all(), null, TableFormat.CSV))
        .isInstanceOf(AccessDeniedException.class);
  }

  private void assertRefused(String name, byte[] content, Kind kind) {
    assertThatThrownBy(() -> upload(name, content)).isInstanceOf(ImportRefusedException.class)
        .extracting(e -> ((ImportRefusedException) e).kind()).isEqualTo(kind);
  }

  private ImportPreview upload(String name, byte[] content) {
    return forms.imports.upload("claims", name, new ByteArrayInputStream(content));
  }

  private ImportStatus await(ImportStatus started) throws InterruptedException {
    ImportStatus status = started;
    for (int i = 0; i < 600 && (status.state() == ImportState.CHECKING || status.state() == ImportState.RUNNING);
        i++) {
      Thread.sleep(50);
      status = forms.imports.status("claims", started.id());
    }
    return status;
  }

  private long count() {
    return forms.records.list("claims", RecordQuery.all().page(0, 1), null).total();
  }

  private List<RecordData> list() {
    List<RecordData> all = new ArrayList<>();
    for (int offset = 0; ; offset += 1000) {
      List<RecordData> page = forms.records.list("claims", RecordQuery.all().orderBy("id", true).page(offset, 1000),
          null).records();
      all.addAll(page);
      if (page.size() < 1000) {
        return all;
      }
    }
  }

  private static byte[] csv(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Gets the kit's spreadsheets service through a constructor, as a component would. */
  static final class SpreadsheetsHolder {
    final io.atrium.sdk.table.Spreadsheets sheets;

    SpreadsheetsHolder(io.atrium.sdk.table.Spreadsheets sheets) {
      this.sheets = sheets;
    }
  }
}
