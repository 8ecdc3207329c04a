package io.atrium.forms.values;

import static io.atrium.forms.Schemas.field;
import static io.atrium.forms.Schemas.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.forms.Schemas;
import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldOption;
import io.atrium.forms.schema.FieldType;
import io.atrium.forms.schema.FormSchema;
import io.atrium.sdk.record.FieldProblem;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ValueConverterTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final Dictionaries dictionaries = key -> key.equals("cities")
      ? Optional.of(List.of(new FieldOption("bj", text("北京", "Beijing")), new FieldOption("sh", text("上海", "Shanghai"))))
      : Optional.empty();
  private final ValueConverter converter = new ValueConverter(Locale.ENGLISH, SHANGHAI, dictionaries);
  private FieldProblems problems = new FieldProblems(Locale.ENGLISH);

  private static FieldDefinition of(FieldType type) {
    return field("f", type, "字段", "Field").build();
  }

  private Object typed(FieldDefinition field, String text) {
    return converter.fromText(field, text, FieldPath.of(field, Locale.ENGLISH), problems);
  }

  private Object java(FieldDefinition field, Object value) {
    return converter.fromObject(field, value, FieldPath.of(field, Locale.ENGLISH), problems);
  }

  private Object json(FieldDefinition field, String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return converter.fromJson(field, reader.readValue(), FieldPath.of(field, Locale.ENGLISH), problems);
    }
  }

  private String out(FieldDefinition field, Object value) {
    return converter.toJson(field, value).toString();
  }

  @Nested
  class TextLike {
    @Test
    void singleLineTextIsTrimmedAndKeptVerbatim() {
      FieldDefinition f = of(FieldType.TEXT);
      assertThat(typed(f, "  <script>alert(1)</script> ")).isEqualTo("<script>alert(1)</script>");
      assertThat(typed(f, "'; DROP TABLE forms_record; --")).isEqualTo("'; DROP TABLE forms_record; --");
      assertThat(typed(f, "   ")).isNull();
      assertThat(json(f, "12.50")).isEqualTo("12.50");
      assertThat(json(f, "true")).isNull();
      assertThat(problems.list()).extracting(FieldProblem::message).containsExactly("Field expects text, not true.");
    }

    @Test
    void multiLineTextKeepsItsLinesAndSpaces() {
      FieldDefinition f = of(FieldType.TEXTAREA);
      assertThat(typed(f, "  first\r\nsecond  ")).isEqualTo("  first\nsecond  ");
      assertThat(out(f, "a\nb")).isEqualTo("\"a\\nb\"");
    }

    @Test
    void everyTextTypeIsAString() {
      for (FieldType type : List.of(FieldType.EMAIL, FieldType.PHONE, FieldType.URL, FieldType.REGION,
          FieldType.RICHTEXT, FieldType.SERIAL)) {
        assertThat(json(of(type), "\" x \"")).as(type.name()).isIn("x", " x ");
      }
      assertThat(problems.isEmpty()).isTrue();
    }
  }

  @Nested
  class Options {
    private final FieldDefinition select = field("f", FieldType.SELECT, "类别", "Category")
        .options(List.of(new FieldOption("travel", text("差旅", "Travel")), new FieldOption("meal", text("餐饮", "Meals"))))
        .build();

    @Test
    void byValueOrByLabelInAnyLanguage() {
      assertThat(typed(select, "travel")).isEqualTo("travel");
      assertThat(typed(select, "差旅")).isEqualTo("travel");
      assertThat(typed(select, "meals")).isEqualTo("meal");
      assertThat(typed(select, "other")).as("checked by validation").isEqualTo("other");
      FieldDefinition dictionary = of(FieldType.RADIO).toBuilder().dictionary("cities").build();
      assertThat(typed(dictionary, "上海")).isEqualTo("sh");
    }

    @Test
    void severalOptionsAreAListFromAnArrayOrATypedList() {
      FieldDefinition multi = select.toBuilder().type(FieldType.MULTISELECT).build();
      assertThat(typed(multi, "差旅，meal、travel")).isEqualTo(List.of("travel", "meal"));
      assertThat(json(multi, "[\"meal\", \"Travel\"]")).isEqualTo(List.of("meal", "travel"));
      assertThat(json(multi, "null")).isEqualTo(List.of());
      assertThat(java(multi.toBuilder().type(FieldType.CHECKBOX).build(), new String[] {"meal"}))
          .isEqualTo(List.of("meal"));
      assertThat(out(multi, List.of("travel", "meal"))).isEqualTo("[\"travel\",\"meal\"]");
    }
  }

  @Nested
  class Numbers {
    @Test
    void integersAreLongs() {
      FieldDefinition f = of(FieldType.INTEGER);
      assertThat(typed(f, "1,200")).isEqualTo(1200L);
      assertThat(json(f, "42")).isEqualTo(42L);
      assertThat(json(f, "42.0")).isEqualTo(42L);
      assertThat(json(f, "\"7\"")).isEqualTo(7L);
      assertThat(java(f, 5)).isEqualTo(5L);
      assertThat(java(f, BigInteger.TEN)).isEqualTo(10L);
      assertThat(java(f, 2.0d)).isEqualTo(2L);
      assertThat(json(f, "42.5")).isNull();
      assertThat(typed(f, "lots")).isNull();
      assertThat(problems.list()).extracting(FieldProblem::message).containsExactly(
          "Field: \"42.5\" is not a whole number. Enter digits such as 42 or 1,200.",
          "Field: \"lots\" is not a whole number. Enter digits such as 42 or 1,200.");
      assertThat(out(f, 42L)).isEqualTo("42");
    }

    @Test
    void decimalsTakeTheFieldsScale() {
      FieldDefinition f = of(FieldType.DECIMAL).toBuilder().scale(3).build();
      assertThat(typed(f, "1,234.5")).isEqualTo(new BigDecimal("1234.500"));
      assertThat(json(f, "2")).isEqualTo(new BigDecimal("2.000"));
      assertThat(java(f, 0.1d)).isEqualTo(new BigDecimal("0.100"));
      assertThat(java(f, Double.NaN)).isNull();
      // more digits than the scale are kept for validation to refuse: nothing is rounded away silently
      assertThat(typed(f, "1.23456")).isEqualTo(new BigDecimal("1.23456"));
      assertThat(out(f, new BigDecimal("1234.500"))).isEqualTo("1234.500");
      assertThat(of(FieldType.DECIMAL).effectiveScale()).isEqualTo(2);
    }

    @Test
    void moneyAndPercentAcceptTheirUnits() {
      FieldDefinition money = of(FieldType.MONEY);
      assertThat(typed(money, "¥1,234.5")).isEqualTo(new BigDecimal("1234.50"));
      assertThat(typed(money, "￥ 88")).isEqualTo(new BigDecimal("88.00"));
      assertThat(typed(money, "CNY 12")).isEqualTo(new BigDecimal("12.00"));
      assertThat(typed(money, "300元")).isEqualTo(new BigDecimal("300.00"));
      FieldDefinition dollars = money.toBuilder().currency("USD").build();
      assertThat(typed(dollars, "$9.99")).isEqualTo(new BigDecimal("9.99"));
      assertThat(typed(dollars, "¥9.99")).isNull();
      assertThat(typed(of(FieldType.PERCENT), "12.5%")).isEqualTo(new BigDecimal("12.50"));
      assertThat(problems.size()).isEqualTo(1);
    }

    @Test
    void formulaInputIsNeverRefused() {
      FieldDefinition f = of(FieldType.FORMULA);
      assertThat(json(f, "\"nonsense\"")).isNull();
      assertThat(json(f, "3")).isEqualTo(new BigDecimal("3.00"));
      assertThat(problems.isEmpty()).isTrue();
    }
  }

  @Nested
  class Dates {
    @Test
    void dates() {
      FieldDefinition f = of(FieldType.DATE);
      LocalDate day = LocalDate.of(2026, 12, 2);
      assertThat(typed(f, "2026年12月2日")).isEqualTo(day);
      assertThat(json(f, "\"2026-12-02\"")).isEqualTo(day);
      assertThat(java(f, LocalDateTime.of(2026, 12, 2, 23, 0))).isEqualTo(day);
      assertThat(java(f, java.sql.Date.valueOf(day))).isEqualTo(day);
      assertThat(java(f, Date.from(Instant.parse("2026-12-01T17:00:00Z")))).as("in Shanghai").isEqualTo(day);
      assertThat(json(f, "46358")).as("an Excel date number").isEqualTo(day);
      assertThat(typed(f, "02/12/2026")).isNull();
      assertThat(problems.list()).extracting(FieldProblem::message).containsExactly(
          "Field: \"02/12/2026\" is not a date. Enter it as 2026-12-02, 2026/12/02 or 2026年12月2日.");
      assertThat(out(f, day)).isEqualTo("\"2026-12-02\"");
    }

    @Test
    void dateTimesAreInstantsTypedInTheCompanysZone() {
      FieldDefinition f = of(FieldType.DATETIME);
      Instant moment = Instant.parse("2026-12-02T06:30:00Z");
      assertThat(typed(f, "2026-12-02 14:30")).isEqualTo(moment);
      assertThat(json(f, "\"2026-12-02T14:30:00+08:00\"")).isEqualTo(moment);
      assertThat(java(f, OffsetDateTime.of(2026, 12, 2, 6, 30, 0, 0, ZoneOffset.UTC))).isEqualTo(moment);
      assertThat(java(f, LocalDateTime.of(2026, 12, 2, 14, 30))).isEqualTo(moment);
      assertThat(typed(f, "soon")).isNull();
      assertThat(out(f, moment)).isEqualTo("\"2026-12-02T06:30:00Z\"");
    }

    @Test
    void times() {
      FieldDefinition f = of(FieldType.TIME);
      assertThat(typed(f, "9:05")).isEqualTo(LocalTime.of(9, 5));
      assertThat(java(f, LocalTime.NOON)).isEqualTo(LocalTime.NOON);
      assertThat(typed(f, "25:00")).isNull();
      assertThat(out(f, LocalTime.of(9, 5))).isEqualTo("\"09:05:00\"");
    }
  }

  @Test
  void switches() {
    FieldDefinition f = of(FieldType.SWITCH);
    assertThat(typed(f, "是")).isEqualTo(true);
    assertThat(typed(f, "否")).isEqualTo(false);
    assertThat(json(f, "true")).isEqualTo(true);
    assertThat(json(f, "0")).isEqualTo(false);
    assertThat(typed(f, "perhaps")).isNull();
    assertThat(json(f, "2")).isNull();
    assertThat(problems.size()).isEqualTo(2);
    assertThat(out(f, true)).isEqualTo("true");
  }

  @Test
  void usersDepartmentsAndLookupsAreIdsOrListsOfIds() {
    FieldDefinition user = of(FieldType.USER);
    assertThat(json(user, "12")).isEqualTo(12L);
    assertThat(json(user, "{\"id\": 12, \"name\": \"Li Lei\"}")).isEqualTo(12L);
    assertThat(json(user, "[12]")).as("one in a list").isEqualTo(12L);
    assertThat(json(user, "[12, 13]")).isNull();
    FieldDefinition departments = of(FieldType.DEPARTMENT).toBuilder().multiple(true).build();
    assertThat(typed(departments, "3, 4, 3")).isEqualTo(List.of(3L, 4L));
    assertThat(json(departments, "7")).isEqualTo(List.of(7L));
    FieldDefinition lookup = of(FieldType.LOOKUP).toBuilder().lookup("customers", "name").build();
    assertThat(typed(lookup, "0")).isNull();
    assertThat(problems.list()).extracting(FieldProblem::message).containsExactly(
        "Field takes one value, not a list.", "Field: \"0\" is not an id (a whole number above 0).");
    assertThat(out(departments, List.of(3L, 4L))).isEqualTo("[3,4]");
  }

  @Test
  void filesAreBlobIds() {
    FieldDefinition files = of(FieldType.ATTACHMENT);
    assertThat(json(files, "[\"b1\", {\"id\": \"b2\", \"filename\": \"a.pdf\"}]")).isEqualTo(List.of("b1", "b2"));
    assertThat(json(files, "\"b3\"")).isEqualTo(List.of("b3"));
    assertThat(json(of(FieldType.IMAGE), "[]")).isEqualTo(List.of());
    assertThat(json(of(FieldType.SIGNATURE), "\"sig-1\"")).isEqualTo("sig-1");
    assertThat(json(of(FieldType.SIGNATURE), "5")).isNull();
    assertThat(problems.size()).isEqualTo(1);
    assertThat(out(files, List.of("b1"))).isEqualTo("[\"b1\"]");
  }

  @Nested
  class SubTables {
    private final FormSchema claim = Schemas.expenseClaim();
    private final FieldDefinition items = claim.field("items").orElseThrow();

    @Test
    void linesHoldTheSameValuesAndTheirIds() {
      Object lines = json(items, "[{\"id\": 5, \"description\": \"Taxi\", \"price\": \"35.5\", \"quantity\": 2},"
          + "{\"description\": \"Hotel\", \"price\": 400}]");
      assertThat(lines).isEqualTo(List.of(
          Map.of("id", 5L, "description", "Taxi", "price", new BigDecimal("35.50"), "quantity", 2L),
          Map.of("description", "Hotel", "price", new BigDecimal("400.00"))));
      assertThat(problems.isEmpty()).isTrue();
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("id", 5L);
      line.put("description", "Taxi");
      line.put("price", new BigDecimal("35.50"));
      assertThat(out(items, List.of(line)))
          .isEqualTo("[{\"id\":5,\"description\":\"Taxi\",\"price\":35.50,\"quantity\":null,\"amount\":null}]");
    }

    @Test
    void problemsNameTheLineAndTheField() {
      json(items, "[{\"price\": 1}, {\"price\": 2}, {\"price\": \"abc\", \"colour\": \"red\", \"id\": -1}, 7]");
      assertThat(problems.list()).extracting(FieldProblem::field, FieldProblem::label).containsExactly(
          org.assertj.core.groups.Tuple.tuple("items[2].price", "Items, line 3, Price"),
          org.assertj.core.groups.Tuple.tuple("items[2].colour", "Items, line 3, colour"),
          org.assertj.core.groups.Tuple.tuple("items[2].id", "Items, line 3, id"),
          org.assertj.core.groups.Tuple.tuple("items[3]", "Items, line 4"));
      assertThat(problems.list().get(0).message())
          .isEqualTo("Items, line 3, Price: \"abc\" is not a number. Enter a number such as 1234.5 or 1,234.50.");
    }

    @Test
    void aCellMayHoldLinesAsJson() {
      assertThat(typed(items, "[{\"description\": \"Taxi\"}]")).isEqualTo(List.of(Map.of("description", "Taxi")));
      assertThat(typed(items, "Taxi, Hotel")).isEqualTo(List.of());
      assertThat(problems.size()).isEqualTo(1);
    }
  }

  @Test
  void aWholeRecordFromJsonAndBack() {
    FormSchema claim = Schemas.expenseClaim();
    JsonObject body = Json.createReader(new StringReader("{\"title\": \"Trip\", \"startDate\": \"2026/12/1\","
        + " \"items\": [{\"price\": \"10\", \"quantity\": 3}], \"nosuch\": 1, \"endDate\": \"never\"}")).readObject();
    Map<String, Object> values = converter.fromJson(claim, body, problems);
    assertThat(values).containsOnlyKeys("title", "startDate", "items");
    assertThat(values.get("startDate")).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(problems.list()).extracting(FieldProblem::field).containsExactly("nosuch", "endDate");
    assertThat(problems.list().get(0).message()).isEqualTo("nosuch is not a field of the form Expense claim.");
    JsonObject back = converter.toJson(claim, values);
    assertThat(back.getString("title")).isEqualTo("Trip");
    assertThat(back.get("endDate")).isEqualTo(JsonValue.NULL);
    assertThat(back.getJsonArray("items").getJsonObject(0).getJsonNumber("price").bigDecimalValue())
        .isEqualByComparingTo("10");
  }

  @Test
  void messagesAreInTheCallersLanguage() {
    FieldProblems chinese = new FieldProblems(Locale.SIMPLIFIED_CHINESE);
    FieldDefinition f = Schemas.expenseClaim().field("startDate").orElseThrow();
    new ValueConverter(Locale.SIMPLIFIED_CHINESE, SHANGHAI, Dictionaries.none())
        .fromText(f, "明天", FieldPath.of(f, Locale.SIMPLIFIED_CHINESE), chinese);
    assertThat(chinese.list().get(0).message())
        .isEqualTo("「开始日期」：“明天”不是日期。请按 2026-12-02、2026/12/02 或 2026年12月2日 填写。");
  }

  @Test
  void defaultValuesAreReadFromTheirJson() {
    assertThat(converter.defaultValue(of(FieldType.MONEY).toBuilder().defaultValue("100").build()))
        .isEqualTo(new BigDecimal("100.00"));
    assertThat(converter.defaultValue(of(FieldType.SWITCH).toBuilder().defaultValue("true").build())).isEqualTo(true);
    assertThat(converter.defaultValue(of(FieldType.INTEGER).toBuilder().defaultValue("\"x\"").build())).isNull();
    assertThat(converter.defaultValue(of(FieldType.CHECKBOX))).isEqualTo(List.of());
  }
}
