package io.atrium.forms.validation;

import static io.atrium.forms.Schemas.field;
import static io.atrium.forms.Schemas.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.atrium.forms.ElExpressions;
import io.atrium.forms.Schemas;
import io.atrium.forms.schema.CrossCheck;
import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldOption;
import io.atrium.forms.schema.FieldType;
import io.atrium.forms.schema.FormRule;
import io.atrium.forms.schema.FormSchema;
import io.atrium.forms.values.Dictionaries;
import io.atrium.sdk.blob.StoredBlob;
import io.atrium.sdk.record.FieldProblem;
import io.atrium.sdk.record.RecordValidationException;
import jakarta.json.Json;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RecordValidatorTest {

  private static final Locale EN = Locale.ENGLISH;
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  private final ElExpressions expressions = new ElExpressions();
  private final List<String> uniquenessAsked = new ArrayList<>();
  private final Map<String, StoredBlob> blobs = new HashMap<>();
  private final RecordValidator validator = RecordValidator.builder(expressions)
      .zone(ZoneId.of("Asia/Shanghai"))
      .uniqueness((form, field, value, recordId) -> {
        uniquenessAsked.add(form + "/" + field.name() + "=" + value + " except " + recordId);
        return "taken@example.com".equals(value);
      })
      .blobs(id -> Optional.ofNullable(blobs.get(id)))
      .dictionaries(key -> key.equals("cities")
          ? Optional.of(List.of(FieldOption.of("bj", "北京"), FieldOption.of("sh", "上海"))) : Optional.empty())
      .build();

  private ValidationResult check(FormSchema schema, Map<String, ?> values) {
    return validator.check(validator.compile(schema), values, ValidationContext.create(EN));
  }

  private ValidationResult check(FieldDefinition field, Object value) {
    Map<String, Object> values = new HashMap<>();
    values.put(field.name(), value);
    return check(Schemas.form(field), values);
  }

  private static List<String> messages(ValidationResult result) {
    return result.problems().stream().map(FieldProblem::message).toList();
  }

  private static Map<String, Object> claim() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("title", "Trip to Shanghai");
    values.put("category", "travel");
    values.put("startDate", "2026-12-01");
    values.put("endDate", LocalDate.of(2026, 12, 3));
    values.put("items", List.of(Map.of("description", "Train", "price", "553.5", "quantity", 2),
        Map.of("description", "Hotel", "price", new BigDecimal("400"), "quantity", "2")));
    return values;
  }

  @Nested
  class AWholeForm {
    @Test
    void computesFormulasAndCleansValues() {
      ValidationResult result = check(Schemas.expenseClaim(), claim());
      assertThat(result.problems()).isEmpty();
      Map<String, Object> values = result.values();
      assertThat(values).containsOnlyKeys("title", "category", "startDate", "endDate", "items", "total", "reason");
      assertThat(values.get("startDate")).isEqualTo(LocalDate.of(2026, 12, 1));
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> lines = (List<Map<String, Object>>) values.get("items");
      assertThat(lines).extracting(l -> l.get("amount")).containsExactly(new BigDecimal("1107.00"),
          new BigDecimal("800.00"));
      assertThat(values.get("total")).isEqualTo(new BigDecimal("1907.00"));
      assertThat(result.hidden()).containsExactly("reason");
      assertThat(result.changed()).containsExactly("title", "category", "startDate", "endDate", "items", "total");
    }

    @Test
    void reportsEveryProblemWithItsLabelInTheCallersLanguage() {
      Map<String, Object> values = new HashMap<>();
      values.put("items", List.of(Map.of("description", "Taxi", "price", "-5", "quantity", 0)));
      values.put("title", "x".repeat(51));
      values.put("nosuch", 1);
      ValidationResult result = validator.check(validator.compile(Schemas.expenseClaim()), values,
          ValidationContext.create(ZH));
      assertThat(result.problems()).extracting(FieldProblem::field, FieldProblem::message).containsExactly(
          tuple("nosuch", "nosuch 不是表单「报销单」的字段。"),
          tuple("title", "「标题」最多 50 个字，当前 51 个。"),
          tuple("category", "请填写「类别」。"),
          tuple("startDate", "请填写「开始日期」。"),
          tuple("endDate", "请填写「结束日期」。"),
          tuple("items[0].price", "「明细第 1 行的单价」不能小于 0。"),
          tuple("items[0].quantity", "「明细第 1 行的数量」不能小于 1。"));
      assertThatThrownBy(() -> validator.validate(validator.compile(Schemas.expenseClaim()), values,
          ValidationContext.create(EN)))
          .isInstanceOfSatisfying(RecordValidationException.class, e -> assertThat(e.problems()).hasSize(7))
          .hasMessageContaining("Title: Title takes at most 50 characters; it has 51.");
    }

    @Test
    void readsJsonBodies() {
      ValidationResult result = validator.checkJson(validator.compile(Schemas.expenseClaim()),
          Json.createReader(new StringReader("{\"title\": \"T\", \"category\": \"差旅\", \"startDate\": \"2026-12-01\","
              + "\"endDate\": \"2026-12-01\", \"items\": [{\"description\": \"d\", \"price\": 1, \"quantity\": 1}]}"))
              .readObject(), ValidationContext.create(EN));
      assertThat(result.problems()).isEmpty();
      assertThat(result.values().get("category")).isEqualTo("travel");
    }
  }

  @Nested
  class Rules {
    @Test
    void aRequiredFieldShownAboveALimit() {
      Map<String, Object> values = claim();
      values.put("items", List.of(Map.of("description", "Flight", "price", "6000", "quantity", 1)));
      ValidationResult result = check(Schemas.expenseClaim(), values);
      assertThat(result.hidden()).isEmpty();
      assertThat(messages(result)).containsExactly("Reason is required.");
      values.put("reason", "A client visit");
      assertThat(check(Schemas.expenseClaim(), values).valid()).isTrue();
    }

    @Test
    void aHiddenFieldIsNeitherValidatedNorKept() {
      Map<String, Object> values = claim();
      values.put("reason", "bad\u0000text");
      ValidationResult result = check(Schemas.expenseClaim(), values);
      assertThat(result.problems()).isEmpty();
      assertThat(result.values()).containsEntry("reason", null);
    }

    @Test
    void hideRulesAndChainsSettle() {
      FieldDefinition kind = field("kind", FieldType.SELECT, "类型", "Kind")
          .options(List.of(FieldOption.of("a", "A"), FieldOption.of("b", "B"))).build();
      FieldDefinition detail = field("detail", FieldType.SELECT, "细节", "Detail")
          .options(List.of(FieldOption.of("x", "X"))).build();
      FieldDefinition note = field("note", FieldType.TEXT, "备注", "Note").build();
      FormSchema schema = Schemas.form(List.of(kind, detail, note), List.of(
          new FormRule("kind == 'b'", List.of(), List.of("detail"), List.of()),
          new FormRule("detail == 'x'", List.of("note"), List.of(), List.of("note"))), List.of());
      // kind b hides detail, so detail's value is gone and note is hidden too
      ValidationResult hidden = check(schema, Map.of("kind", "b", "detail", "x"));
      assertThat(hidden.hidden()).containsExactlyInAnyOrder("detail", "note");
      assertThat(hidden.problems()).isEmpty();
      assertThat(hidden.values()).containsEntry("detail", null);
      ValidationResult shown = check(schema, Map.of("kind", "a", "detail", "x"));
      assertThat(shown.hidden()).isEmpty();
      assertThat(messages(shown)).containsExactly("Note is required.");
    }
  }

  @Nested
  class Formulas {
    @Test
    void runInTheOrderTheirInputsNeedAndRoundToTheirScale() {
      // an integer: EL divides decimals at the dividend's scale, whole numbers as doubles
      FieldDefinition x = field("x", FieldType.INTEGER, "x", "x").build();
      FieldDefinition b = field("b", FieldType.FORMULA, "b", "B").formula("a * 2").scale(1).build();
      FieldDefinition a = field("a", FieldType.FORMULA, "a", "A").formula("x / 3").scale(4).build();
      ValidationResult result = check(Schemas.form(x, b, a), Map.of("x", "1"));
      assertThat(result.values()).containsEntry("a", new BigDecimal("0.3333")).containsEntry("b", new BigDecimal("0.7"));
    }

    @Test
    void aFailingFormulaNamesItsField() {
      FieldDefinition x = field("x", FieldType.DECIMAL, "x", "x").build();
      FieldDefinition y = field("y", FieldType.DECIMAL, "y", "y").build();
      FieldDefinition ratio = field("ratio", FieldType.FORMULA, "比率", "Ratio").formula("x / y").build();
      ValidationResult result = check(Schemas.form(x, y, ratio), Map.of("x", "1", "y", "0"));
      assertThat(result.problems()).extracting(FieldProblem::field).containsExactly("ratio");
      assertThat(messages(result).get(0)).startsWith("Ratio could not be computed from the values given:");
      assertThat(result.values()).containsEntry("ratio", null);
    }

    @Test
    void aHiddenFormulaIsNotComputed() {
      FieldDefinition x = field("x", FieldType.INTEGER, "x", "x").build();
      FieldDefinition doubled = field("doubled", FieldType.FORMULA, "双倍", "Doubled").formula("x * 2").build();
      FormSchema schema = Schemas.form(List.of(x, doubled),
          List.of(new FormRule("x > 10", List.of(), List.of("doubled"), List.of())), List.of());
      assertThat(check(schema, Map.of("x", 3)).values()).containsEntry("doubled", new BigDecimal("6.00"));
      assertThat(check(schema, Map.of("x", 30)).values()).containsEntry("doubled", null);
    }

    @Test
    void clientValuesOfFormulasAreReplaced() {
      Map<String, Object> values = claim();
      values.put("total", "999999");
      assertThat(check(Schemas.expenseClaim(), values).values().get("total")).isEqualTo(new BigDecimal("1907.00"));
    }
  }

  @Nested
  class CrossChecks {
    private final FormSchema schema = Schemas.form(List.of(
        field("startDate", FieldType.DATE, "开始", "Start").build(),
        field("endDate", FieldType.DATE, "结束", "End").build()), List.of(),
        List.of(new CrossCheck("endDate >= startDate", "endDate", text("不能早于开始", "cannot be before the start"))));

    @Test
    void failAtTheirFieldWithTheirMessage() {
      ValidationResult result = check(schema, Map.of("startDate", "2026-12-02", "endDate", "2026-12-01"));
      assertThat(result.problems()).extracting(FieldProblem::field, FieldProblem::message)
          .containsExactly(tuple("endDate", "End: cannot be before the start"));
      assertThat(check(schema, Map.of("startDate", "2026-12-02", "endDate", "2026-12-02")).valid()).isTrue();
    }

    @Test
    void areSkippedWhileAFieldTheyReadIsEmpty() {
      assertThat(check(schema, Map.of("endDate", "2026-12-01")).valid()).isTrue();
    }
  }

  @Nested
  class Texts {
    private final FieldDefinition code = field("code", FieldType.TEXT, "编号", "Code").minLength(3).maxLength(5)
        .pattern("[A-Z]+[0-9]*", text("大写字母开头", "Start with capitals")).build();

    @Test
    void lengthCountsCharactersNotBytes() {
      FieldDefinition name = field("name", FieldType.TEXT, "名称", "Name").maxLength(4).build();
      assertThat(check(name, "北京大学").valid()).isTrue();
      assertThat(messages(check(name, "北京大学堂"))).containsExactly("Name takes at most 4 characters; it has 5.");
      assertThat(messages(check(code, "AB"))).containsExactly("Code needs at least 3 characters; it has 2.");
    }

    @Test
    void patternsUseTheirOwnMessage() {
      assertThat(messages(check(code, "ab1"))).containsExactly("Code: Start with capitals");
      assertThat(check(code, "AB12").valid()).isTrue();
      FieldDefinition plain = field("p", FieldType.TEXT, "P", "P").pattern("\\d+", null).build();
      assertThat(messages(check(plain, "x"))).containsExactly("P does not have the expected format.");
    }

    @Test
    void htmlAndSqlAreStoredVerbatimInTextFields() {
      FieldDefinition note = field("note", FieldType.TEXTAREA, "备注", "Note").build();
      String html = "<img src=x onerror=alert(1)>\n'); DELETE FROM forms_expense_claim; --";
      ValidationResult result = check(note, html);
      assertThat(result.valid()).isTrue();
      assertThat(result.values().get("note")).isEqualTo(html);
    }

    @Test
    void controlCharactersAreRefused() {
      assertThat(messages(check(field("t", FieldType.TEXT, "T", "T").build(), "a\u0007b")))
          .containsExactly("T contains control characters; remove them.");
      assertThat(check(field("t", FieldType.TEXTAREA, "T", "T").build(), "a\n\tb").valid()).isTrue();
    }

    @Test
    void richTextIsSanitised() {
      FieldDefinition body = field("body", FieldType.RICHTEXT, "正文", "Body").required(true).build();
      ValidationResult result = check(body, "<p onclick=\"steal()\">Hi <b>there</b><script>alert(1)</script>"
          + "<a href=\"javascript:alert(2)\">x</a> <a href=\"https://example.com\">site</a></p>");
      String stored = (String) result.values().get("body");
      assertThat(stored).contains("<p>Hi <b>there</b>", "href=\"https://example.com\"")
          .doesNotContain("script", "onclick", "javascript");
      assertThat(messages(check(body, "<script>alert(1)</script>"))).containsExactly("Body is required.");
    }
  }

  @Nested
  class Formats {
    @Test
    void emails() {
      FieldDefinition email = field("email", FieldType.EMAIL, "邮箱", "E-mail").build();
      assertThat(check(email, "Li.Lei@Example.COM").values().get("email")).isEqualTo("Li.Lei@example.com");
      assertThat(messages(check(email, "li.lei@example")))
          .containsExactly("E-mail: \"li.lei@example\" is not an e-mail address such as name@example.com.");
    }

    @Test
    void mainlandMobiles() {
      FieldDefinition phone = field("phone", FieldType.PHONE, "手机", "Mobile").build();
      assertThat(check(phone, "+86 138-1234-5678").values().get("phone")).isEqualTo("13812345678");
      assertThat(check(phone, "0086 13812345678").values().get("phone")).isEqualTo("13812345678");
      assertThat(check(phone, "13812345678").valid()).isTrue();
      assertThat(check(phone, "12812345678").valid()).isFalse();
      assertThat(check(phone, "1381234567").valid()).isFalse();
      assertThat(messages(check(phone, "010-12345678")).get(0)).contains("is not a mainland mobile number");
    }

    @Test
    void internationalNumbers() {
      FieldDefinition phone = field("phone", FieldType.PHONE, "电话", "Phone").phoneKind("international").build();
      assertThat(check(phone, "+44 20 7946 0958").values().get("phone")).isEqualTo("+442079460958");
      assertThat(check(phone, "0044 (20) 7946.0958").values().get("phone")).isEqualTo("+442079460958");
      assertThat(check(phone, "2079460958").valid()).isFalse();
      assertThat(check(phone, "+1234").valid()).isFalse();
    }

    @Test
    void webAddressesAreHttpOrHttps() {
      FieldDefinition url = field("site", FieldType.URL, "网址", "Site").build();
      assertThat(check(url, "https://example.com/a?b=c").valid()).isTrue();
      assertThat(check(url, "HTTP://example.com").valid()).isTrue();
      assertThat(check(url, "ftp://example.com").valid()).isFalse();
      assertThat(check(url, "javascript:alert(1)").valid()).isFalse();
      assertThat(check(url, "https://").valid()).isFalse();
      assertThat(check(url, "https://exa mple.com").valid()).isFalse();
    }

    @Test
    void regions() {
      FieldDefinition region = field("region", FieldType.REGION, "地区", "Region").build();
      assertThat(check(region, "110000/110100/110101").valid()).isTrue();
      assertThat(check(region, "440000/440300").valid()).isTrue();
      assertThat(check(region, "110000/120100").valid()).isFalse();
      assertThat(check(region, "北京").valid()).isFalse();
      FieldDefinition province = region.toBuilder().regionLevel("province").build();
      assertThat(check(province, "110000/110100").valid()).isFalse();
    }
  }

  @Nested
  class Choices {
    private final FieldDefinition category = Schemas.expenseClaim().field("category").orElseThrow();

    @Test
    void valuesMustBeOptions() {
      assertThat(messages(check(category.toBuilder().required(false).build(), "gift")))
          .containsExactly("Category: \"gift\" is not one of the options: Travel (travel), Meals (meal).");
      FieldDefinition tags = category.toBuilder().type(FieldType.CHECKBOX).required(false).build();
      assertThat(check(tags, List.of("meal", "gift")).valid()).isFalse();
      assertThat(check(tags, List.of("meal", "travel")).valid()).isTrue();
    }

    @Test
    void dictionaryOptionsAreCheckedWhenTheDictionaryIsKnown() {
      FieldDefinition city = field("city", FieldType.SELECT, "城市", "City").dictionary("cities").build();
      assertThat(check(city, "上海").values().get("city")).isEqualTo("sh");
      assertThat(check(city, "gz").valid()).isFalse();
      FieldDefinition unknown = city.toBuilder().dictionary("elsewhere").build();
      assertThat(check(unknown, "anything").valid()).isTrue();
    }

    @Test
    void aRequiredSwitchMustBeOn() {
      FieldDefinition agree = field("agree", FieldType.SWITCH, "同意条款", "I agree").required(true).build();
      assertThat(messages(check(agree, "否"))).containsExactly("I agree must be turned on.");
      assertThat(check(agree, "是").valid()).isTrue();
    }
  }

  @Nested
  class Numbers {
    private final FieldDefinition amount = field("amount", FieldType.MONEY, "金额", "Amount")
        .min(BigDecimal.ZERO).max(new BigDecimal("50000")).build();

    @Test
    void limitsScaleAndPrecision() {
      assertThat(messages(check(amount, "-1"))).containsExactly("Amount must be at least 0.");
      assertThat(messages(check(amount, "50000.01"))).containsExactly("Amount must be at most 50000.");
      assertThat(messages(check(amount, "1.005"))).containsExactly(
          "Amount takes at most 2 digits after the decimal point.");
      assertThat(check(amount, "1.50").values().get("amount")).isEqualTo(new BigDecimal("1.50"));
      FieldDefinition big = field("big", FieldType.DECIMAL, "大", "Big").scale(2).build();
      assertThat(messages(check(big, "1" + "0".repeat(18)))).containsExactly(
          "Big is too large: at most 18 digits before the decimal point.");
      FieldDefinition count = field("count", FieldType.INTEGER, "数量", "Count").min(BigDecimal.ONE).build();
      assertThat(messages(check(count, "0"))).containsExactly("Count must be at least 1.");
    }
  }

  @Nested
  class Files {
    private final FieldDefinition files = field("files", FieldType.ATTACHMENT, "附件", "Files").maxFiles(2)
        .maxFileBytes(1024L).mediaTypes(Set.of("application/pdf")).build();

    private void stored(String id, String type, long size) {
      blobs.put(id, new StoredBlob(id, id + ".file", type, size, "00", Instant.EPOCH));
    }

    @Test
    void countTypeSizeAndExistence() {
      stored("a", "application/pdf", 100);
      stored("b", "application/pdf", 5000);
      stored("c", "image/png", 10);
      assertThat(check(files, List.of("a")).valid()).isTrue();
      assertThat(messages(check(files, List.of("a", "b", "c")))).containsExactly(
          "Files takes at most 2 files; there are 3.",
          "Files: the file b.file is larger than 1 KB.",
          "Files: the file c.file is of type image/png; this field accepts application/pdf.");
      assertThat(messages(check(files, List.of("gone", "../etc/passwd")))).containsExactly(
          "Files: the file gone was not found. Upload it again.",
          "Files: \"../etc/passwd\" is not the id of an uploaded file.");
    }

    @Test
    void imagesAndSignaturesMustBeImages() {
      stored("doc", "application/pdf", 10);
      stored("png", "image/png", 10);
      assertThat(check(field("photo", FieldType.IMAGE, "照片", "Photo").build(), List.of("doc")).valid()).isFalse();
      assertThat(check(field("photo", FieldType.IMAGE, "照片", "Photo").build(), List.of("png")).valid()).isTrue();
      assertThat(check(field("sign", FieldType.SIGNATURE, "签名", "Signature").build(), "doc").valid()).isFalse();
      assertThat(check(field("sign", FieldType.SIGNATURE, "签名", "Signature").build(), "png").valid()).isTrue();
    }
  }

  @Test
  void uniqueValuesAreAskedOfTheStorage() {
    FieldDefinition email = field("email", FieldType.EMAIL, "邮箱", "E-mail").unique(true).build();
    FormLogic logic = validator.compile(Schemas.form(email));
    ValidationResult taken = validator.check(logic, Map.of("email", "taken@EXAMPLE.com"), ValidationContext.edit(EN, 7));
    assertThat(messages(taken)).containsExactly(
        "E-mail: \"taken@example.com\" is already used by another record. Enter another value.");
    assertThat(uniquenessAsked).containsExactly("test-form/email=taken@example.com except 7");
    assertThat(validator.check(logic, Map.of("email", "free@example.com"), ValidationContext.create(EN)).valid())
        .isTrue();
    assertThat(uniquenessAsked).last().isEqualTo("test-form/email=free@example.com except null");
  }

  @Nested
  class SubTables {
    @Test
    void emptyLinesAreDroppedAndARequiredSubTableNeedsOne() {
      Map<String, Object> values = claim();
      values.put("items", List.of(Map.of("description", " "), Map.of()));
      assertThat(check(Schemas.expenseClaim(), values).problems()).extracting(FieldProblem::field, FieldProblem::message)
          .containsExactly(tuple("items", "Items needs at least one line."));
    }

    @Test
    void lineFieldsAreCheckedLineByLine() {
      Map<String, Object> values = claim();
      values.put("items", List.of(Map.of("description", "Train", "price", "10", "quantity", 1),
          Map.of("price", "12.345", "quantity", 1)));
      assertThat(check(Schemas.expenseClaim(), values).problems()).extracting(FieldProblem::field, FieldProblem::label)
          .containsExactly(tuple("items[1].description", "Items, line 2, Description"),
              tuple("items[1].price", "Items, line 2, Price"));
    }
  }

  @Nested
  class Purposes {
    @Test
    void aDraftMayLackRequiredValuesButNotHaveBadOnes() {
      FormLogic logic = validator.compile(Schemas.expenseClaim());
      ValidationResult draft = validator.check(logic, Map.of("startDate", "soon"), ValidationContext.create(EN).asDraft());
      assertThat(draft.problems()).extracting(FieldProblem::field).containsExactly("startDate");
    }

    @Test
    void newRecordsTakeDefaultsButEditsDoNot() {
      FieldDefinition currency = field("priority", FieldType.SELECT, "优先级", "Priority")
          .options(List.of(FieldOption.of("normal", "普通"), FieldOption.of("high", "紧急"))).defaultValue("\"normal\"")
          .build();
      FormLogic logic = validator.compile(Schemas.form(currency));
      assertThat(validator.check(logic, Map.of(), ValidationContext.create(EN)).values()).containsEntry("priority", "normal");
      assertThat(validator.check(logic, Map.of(), ValidationContext.edit(EN, 1)).values()).containsEntry("priority", null);
      Map<String, Object> cleared = new HashMap<>();
      cleared.put("priority", null);
      assertThat(validator.check(logic, cleared, ValidationContext.create(EN)).values()).containsEntry("priority", null);
    }

    @Test
    void anEditChangesSomeFieldsAndRecomputesTheRest() {
      FormLogic logic = validator.compile(Schemas.expenseClaim());
      Map<String, Object> stored = check(Schemas.expenseClaim(), claim()).orThrow();
      ValidationResult edit = validator.checkChanges(logic, stored,
          Map.of("items", List.of(Map.of("description", "Flight", "price", "6000", "quantity", 1)), "reason", "Visit"),
          ValidationContext.edit(EN, 3));
      assertThat(edit.problems()).isEmpty();
      assertThat(edit.changed()).containsExactly("items", "total", "reason");
      assertThat(edit.values().get("total")).isEqualTo(new BigDecimal("6000.00"));
      assertThat(edit.values().get("title")).isEqualTo("Trip to Shanghai");
    }

    @Test
    void serialNumbersAreLeftToTheStorage() {
      FieldDefinition serial = field("no", FieldType.SERIAL, "编号", "No").serialPattern("BX-{seq}").build();
      FormLogic logic = validator.compile(Schemas.form(serial));
      assertThat(validator.check(logic, Map.of("no", "BX-9999"), ValidationContext.create(EN)).values())
          .containsEntry("no", null);
      assertThat(validator.check(logic, Map.of("no", "BX-0001"), ValidationContext.edit(EN, 1)).values())
          .containsEntry("no", "BX-0001");
    }
  }

  @Test
  void withoutCollaboratorsOnlyFormsAreChecked() {
    RecordValidator plain = RecordValidator.builder(expressions).dictionaries(Dictionaries.none()).build();
    FieldDefinition files = field("files", FieldType.ATTACHMENT, "附件", "Files").build();
    assertThat(plain.check(plain.compile(Schemas.form(files)), Map.of("files", List.of("anything")),
        ValidationContext.create(EN)).valid()).isTrue();
  }
}
