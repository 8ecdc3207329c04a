package io.atrium.forms.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.forms.Schemas;
import io.atrium.forms.schema.FormSchema;
import io.atrium.forms.schema.FormsTexts;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrintTemplateTest {

  private static final FormSchema CLAIM = Schemas.expenseClaim();

  private static PrintValues values(Map<String, String> values, Map<String, List<PrintValues>> lines) {
    return new PrintValues(values, Map.of("title", "标题", "items.description", "说明"), Map.of(), lines);
  }

  private static PrintValues line(int index, String description, String amount) {
    return new PrintValues(Map.of("_index", String.valueOf(index), "description", description, "amount", amount),
        Map.of("description", "说明", "amount", "金额"), Map.of(), Map.of());
  }

  @Test
  void fillsFieldsLabelsSystemFieldsAndLoops() {
    PrintTemplate template = PrintTemplate.parse("""
        <h1>{{_serial}} {{title.label}}: {{title}}</h1>
        <table><tr><th>{{items.description.label}}</th></tr>{{#items}}<tr><td>{{_index}}</td><td>{{description}}</td>\
        <td>{{amount}}</td><td>{{title}}</td></tr>{{/items}}</table>{{^items}}<p>none</p>{{/items}}
        {{! a comment }}""", CLAIM);

    String out = template.render(values(Map.of("_serial", "BX-1", "title", "出差"),
        Map.of("items", List.of(line(1, "高铁", "553.50"), line(2, "酒店", "800.00")))));

    assertThat(out).contains("<h1>BX-1 标题: 出差</h1>", "<th>说明</th>",
        "<tr><td>1</td><td>高铁</td><td>553.50</td><td>出差</td></tr><tr><td>2</td><td>酒店</td>")
        .doesNotContain("none", "comment", "{{");
    assertThat(template.render(values(Map.of(), Map.of("items", List.of())))).contains("<p>none</p>");
  }

  @Test
  void escapesScriptAndSqlTextInValuesAndLabels() {
    PrintTemplate template = PrintTemplate.parse("<p title=\"{{title}}\">{{title}}</p>", CLAIM);

    String out = template.render(values(Map.of("title", "<script>alert('x')</script>\"'; DROP TABLE forms_form; --"),
        Map.of()));

    assertThat(out).isEqualTo("<p title=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&#39;; DROP TABLE "
        + "forms_form; --\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&#39;; DROP TABLE forms_form; --</p>");
    assertThat(PrintTemplate.wellFormed(out)).isTrue();
  }

  @Test
  void aFieldHiddenFromTheReaderPrintsNothing() {
    PrintTemplate template = PrintTemplate.parse("<p>[{{title.label}}|{{title}}]{{#title}}shown{{/title}}</p>", CLAIM);

    // the values hold no entry for a field the reader may not see
    String out = template.render(new PrintValues(Map.of(), Map.of(), Map.of(), Map.of()));

    assertThat(out).isEqualTo("<p>[|]</p>");
  }

  @Test
  void markupValuesAreWrittenAsTheyAre() {
    PrintTemplate template = PrintTemplate.parse("<div>{{title}}</div>", CLAIM);

    String out = template.render(new PrintValues(Map.of(), Map.of(), Map.of("title", "<b>bold</b>"), Map.of()));

    assertThat(out).isEqualTo("<div><b>bold</b></div>");
  }

  @Test
  void refusesUnknownPlaceholdersNamingLineAndPlaceholder() {
    assertRefused("<p>{{title}}</p>\n<p>{{nope}}</p>", "forms.print.invalid.unknown", 2, "{{nope}}");
    assertRefused("<p>{{description}}</p>", "forms.print.invalid.unknown", 1, "{{description}}");
    assertRefused("<p>{{title.value}}</p>", "forms.print.invalid.unknown", 1, "{{title.value}}");
    assertRefused("<p>{{ti tle}}</p>", "forms.print.invalid.placeholder", 1, "{{ti tle}}");
  }

  @Test
  void refusesUnsafeTagsAndBrokenStructure() {
    assertRefused("<p>{{{title}}}</p>", "forms.print.invalid.unsafe-tag", 1, "{{{title}}");
    assertRefused("<p>{{&title}}</p>", "forms.print.invalid.unsafe-tag", 1, "{{&title}}");
    assertRefused("<p>{{> /etc/passwd}}</p>", "forms.print.invalid.unsafe-tag", 1, "{{> /etc/passwd}}");
    assertRefused("\n\n<p>{{#items}}<b/></p>", "forms.print.invalid.unclosed-section", 3, "{{#items}}");
    assertRefused("<p>{{#items}}{{/title}}</p>", "forms.print.invalid.close-mismatch", 1, "{{/title}}");
    assertRefused("<p>{{/items}}</p>", "forms.print.invalid.close-without-open", 1, "{{/items}}");
    assertRefused("<p>{{title</p>\n", "forms.print.invalid.unclosed-tag", 1, "{{title</p>");
    assertRefused("", "forms.print.invalid.empty", 0);
  }

  @Test
  void refusesMarkupThatIsNotWellFormedOrNotLayout() {
    assertRefused("<p>{{title}}</p>\n<p><b>{{title}}</p>", "forms.print.invalid.markup", 2);
    assertRefused("<p>{{title}}<script>alert(1)</script></p>", "forms.print.invalid.element", 0, "<script>");
    assertRefused("<p onclick=\"alert(1)\">{{title}}</p>", "forms.print.invalid.attribute", 0, "onclick", "<p>");
    assertRefused("<img src=\"http://evil.example/x.png\"/>", "forms.print.invalid.url", 0, "src", "<img>");
    assertRefused("<img src=\"{{title}}\"/>", "forms.print.invalid.url", 0, "src", "<img>");
    assertRefused("<style>p { background: url(http://evil.example/) }</style>", "forms.print.invalid.url", 0,
        "style", "<style>");
    assertRefused("<p>&nbsp;</p>", "forms.print.invalid.markup", 1);
  }

  @Test
  void refusalsReadWellInBothLanguages() {
    InvalidTemplateException refused = refusal("<p>{{title}}</p>\n<p>{{nope}}</p>");

    assertThat(FormsTexts.text(Locale.ENGLISH, refused.key(), refused.messageArguments()))
        .isEqualTo("Line 2: {{nope}} names no field of this form (a line field is only known inside its table's "
            + "{{#table}} ... {{/table}}).");
    assertThat(FormsTexts.text(Locale.SIMPLIFIED_CHINESE, refused.key(), refused.messageArguments()))
        .startsWith("第 2 行：表单中没有 {{nope}} 这个字段");
  }

  @Test
  void theDefaultTemplateOfEverySchemaIsValidAndNamesEveryField() {
    String text = DefaultTemplate.of(CLAIM, Locale.SIMPLIFIED_CHINESE);

    PrintTemplate template = PrintTemplate.parse(text, CLAIM);

    assertThat(template.source()).contains("{{_form}}", "{{_serial}}", "{{title.label}}", "{{title}}",
        "{{#items}}", "{{items.description.label}}", "{{description}}", "{{total}}", "审批意见", "签字");
    String out = template.render(values(Map.of("_form", "费用报销", "title", "出差"),
        Map.of("items", List.of(line(1, "高铁", "553.50")))));
    assertThat(out).contains("费用报销", "出差", "<td>高铁</td>");
    assertThat(PrintTemplate.wellFormed(out)).isTrue();
  }

  @Test
  void listsThePlaceholdersOfASchema() {
    assertThat(PrintTemplate.placeholders(CLAIM)).contains("{{_serial}}", "{{title}}", "{{title.label}}",
        "{{#items}} … {{/items}}", "{{description}}", "{{items.description.label}}", "{{_index}}");
  }

  private static InvalidTemplateException refusal(String text) {
    try {
      PrintTemplate.parse(text, CLAIM);
    } catch (InvalidTemplateException e) {
      return e;
    }
    throw new AssertionError("accepted: " + text);
  }

  private static void assertRefused(String text, String key, int line, Object... arguments) {
    InvalidTemplateException refused = refusal(text);
    assertThat(refused.key()).as(text).isEqualTo(key);
    assertThat(refused.line()).as(text).isEqualTo(line);
    if (arguments.length > 0) {
      assertThat(List.of(refused.messageArguments()).subList(1, 1 + arguments.length)).as(text)
          .containsExactly(arguments);
    }
  }
}
