package io.atrium.forms.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.forms.FormCatalog;
import io.atrium.forms.FormDraft;
import io.atrium.forms.FormRecords;
import io.atrium.forms.FormSummary;
import io.atrium.forms.FormVersion;
import io.atrium.forms.PublishPreview;
import io.atrium.forms.PublishedForm;
import io.atrium.forms.RecordPrints;
import io.atrium.forms.Schemas;
import io.atrium.forms.print.InvalidTemplateException;
import io.atrium.forms.schema.FormSchema;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordPage;
import io.atrium.sdk.record.RecordQuery;
import io.atrium.sdk.record.RecordStatus;
import io.atrium.sdk.security.AccessDeniedException;
import io.atrium.sdk.security.FieldAccess;
import io.atrium.sdk.testkit.PluginTestKit;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Printouts and PDFs of records, with the templates in the plugin's table; the form and its
 * records come from small stand-ins of the facades (whose access rules have tests of their own).
 */
class RecordPrintoutsTest {

  private static final FormSchema CLAIM = Schemas.expenseClaim();
  private static final Instant CREATED = Instant.parse("2026-01-05T01:00:00Z");

  private PluginTestKit kit;
  private RecordPrints prints;
  private final Map<String, FieldAccess> access = new HashMap<>();

  @BeforeEach
  void start() {
    kit = PluginTestKit.forPlugin("forms").user("alice", "forms:use", "forms:design", "forms:expense:view").start();
    kit.directory().person("alice", "张三", null, null);
    kit.register(FormCatalog.class, new OneForm());
    kit.register(FormRecords.class, new OneRecord());
    prints = kit.create(RecordPrintouts.class);
  }

  @AfterEach
  void stop() {
    kit.close();
  }

  @Test
  void printsTheRecordWithTheDefaultTemplateEscapingItsValues() {
    RecordPrints.Printout printout = prints.printout("expense", 7).orElseThrow();

    assertThat(printout.title()).isEqualTo("费用报销 BX-7");
    assertThat(printout.body()).contains("费用报销", "BX-7", "<th>标题</th>",
        "&lt;script&gt;alert(1)&lt;/script&gt; 出差 &#39;; DROP TABLE forms_form; --", "<td>高铁</td>", "553.50",
        "<td>2026-01-02</td>", "审批意见").doesNotContain("<script>");
    assertThat(prints.printout("expense", 8)).isEmpty();
  }

  @Test
  void aFieldHiddenFromTheReaderPrintsNeitherValueNorLabel() {
    access.put("category", FieldAccess.HIDDEN);

    String body = prints.printout("expense", 7).orElseThrow().body();

    assertThat(body).doesNotContain("差旅", "类别");
    assertThat(body).contains("出差");
  }

  @Test
  void rendersAPdfWhoseTextHoldsTheValues() throws Exception {
    byte[] pdf = prints.pdf("expense", 7).orElseThrow();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("费用报销", "BX-7", "<script>alert(1)</script> 出差", "高铁", "553.50", "差旅");
    }
  }

  @Test
  void designersSaveTemplatesThatRecordsPrintWithAtOnce() {
    assertThat(prints.template("expense").saved()).isFalse();
    assertThat(prints.template("expense").text()).contains("{{#items}}");

    prints.saveTemplate("expense", "<h1>{{_serial}}</h1>{{#items}}<p>{{_index}}. {{description}}</p>{{/items}}");

    assertThat(prints.template("expense").saved()).isTrue();
    assertThat(prints.printout("expense", 7).orElseThrow().body())
        .isEqualTo("<h1>BX-7</h1><p>1. 高铁</p><p>2. 酒店</p>");
    prints.resetTemplate("expense");
    assertThat(prints.template("expense").saved()).isFalse();
    assertThat(prints.printout("expense", 7).orElseThrow().body()).contains("审批意见");
  }

  @Test
  void anInvalidTemplateIsRefusedAndChangesNothing() {
    prints.saveTemplate("expense", "<p>{{title}}</p>");

    assertThatThrownBy(() -> prints.saveTemplate("expense", "<p>{{title}}</p>\n<p>{{amount}}</p>"))
        .isInstanceOf(InvalidTemplateException.class)
        .satisfies(e -> assertThat(((InvalidTemplateException) e).line()).isEqualTo(2));
    assertThat(prints.template("expense").text()).isEqualTo("<p>{{title}}</p>");
  }

  @Test
  void thePreviewFillsTheNewestRecordIntoTextNotSavedYet() {
    RecordPrints.Printout preview = prints.preview("expense", "<p>{{title.label}}: {{title}}</p>");

    assertThat(preview.body()).startsWith("<p>标题: &lt;script&gt;");
    assertThat(prints.template("expense").saved()).isFalse();
  }

  @Test
  void printingNeedsViewAndTemplatesNeedDesign() {
    kit.user().signIn("bob", "forms:use");

    assertThatThrownBy(() -> prints.printout("expense", 7)).isInstanceOf(AccessDeniedException.class);
    assertThat(prints.printout("no-such-form", 7)).as("an unknown form is no record").isEmpty();
    assertThatThrownBy(() -> prints.pdf("expense", 7)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> prints.template("expense")).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> prints.saveTemplate("expense", "<p/>")).isInstanceOf(AccessDeniedException.class);
  }

  private RecordData record() {
    Map<String, Object> values = new HashMap<>();
    values.put("title", "<script>alert(1)</script> 出差 '; DROP TABLE forms_form; --");
    values.put("category", "travel");
    values.put("startDate", LocalDate.of(2026, 1, 2));
    values.put("items", List.of(Map.of("description", "高铁", "price", new BigDecimal("553.50"), "quantity", 1L),
        Map.of("description", "酒店", "price", new BigDecimal("400.00"), "quantity", 2L)));
    values.keySet().removeIf(name -> !access.getOrDefault(name, FieldAccess.WRITE).readable());
    return new RecordData("forms.expense", 7, "BX-7", 1, RecordStatus.SUBMITTED, null, null, null, CREATED, null,
        CREATED, false, values);
  }

  /** The published expense claim. */
  private static final class OneForm implements FormCatalog {
    @Override
    public List<FormSummary> forms() {
      return List.of();
    }

    @Override
    public FormDraft create(String schemaJson) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FormDraft saveDraft(String key, String schemaJson) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<FormDraft> draft(String key) {
      return Optional.empty();
    }

    @Override
    public PublishPreview preview(String key) {
      throw new UnsupportedOperationException();
    }

    @Override
    public PublishedForm publish(String key) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<PublishedForm> published(String key) {
      FormSchema schema = new FormSchema("expense", Schemas.text("费用报销", "Expense claim"), null, CLAIM.sections(),
          CLAIM.rules(), CLAIM.checks());
      return "expense".equals(key) ? Optional.of(new PublishedForm(schema, 1, CREATED)) : Optional.empty();
    }

    @Override
    public List<FormVersion> versions(String key) {
      return List.of();
    }
  }

  /** Record 7 of the expense claim, without the fields the reader may not see, as the real facade answers. */
  private final class OneRecord implements FormRecords {
    @Override
    public RecordData create(String formKey, Map<String, ?> values, boolean submit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public RecordData update(String formKey, long id, long expectedVersion, Map<String, ?> values) {
      throw new UnsupportedOperationException();
    }

    @Override
    public RecordData submit(String formKey, long id, long expectedVersion, Map<String, ?> values) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<RecordData> get(String formKey, long id) {
      return id == 7 ? Optional.of(record()) : Optional.empty();
    }

    @Override
    public RecordPage list(String formKey, RecordQuery query, String quickSearch) {
      return new RecordPage(List.of(record()), 1);
    }

    @Override
    public int delete(String formKey, List<Long> ids) {
      return 0;
    }

    @Override
    public int restore(String formKey, List<Long> ids) {
      return 0;
    }

    @Override
    public RecordPage recycleBin(String formKey, int offset, int limit) {
      return new RecordPage(List.of(), 0);
    }

    @Override
    public Map<String, FieldAccess> fieldAccess(String formKey) {
      return Map.copyOf(access);
    }
  }
}
