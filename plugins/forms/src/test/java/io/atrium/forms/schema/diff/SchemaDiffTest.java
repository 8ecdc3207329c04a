package io.atrium.forms.schema.diff;

import static io.atrium.forms.Schemas.field;
import static io.atrium.forms.Schemas.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.forms.Schemas;
import io.atrium.forms.schema.CrossCheck;
import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldOption;
import io.atrium.forms.schema.FieldType;
import io.atrium.forms.schema.FormRule;
import io.atrium.forms.schema.FormSchema;
import io.atrium.forms.schema.FormSection;
import io.atrium.forms.schema.json.FieldIds;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SchemaDiffTest {

  private final FormSchema v1 = FieldIds.assign(null, Schemas.expenseClaim());

  private FieldDefinition existing(String name) {
    return v1.fieldsAndLineFields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
  }

  private static List<String> kinds(SchemaDiff diff) {
    return diff.changes().stream().map(c -> c.kind() + " " + c.field() + (c.property() == null ? "" : "." + c.property()))
        .toList();
  }

  private FormSchema withBasics(FieldDefinition... fields) {
    return v1.withSections(List.of(v1.sections().get(0).withFields(List.of(fields)), v1.sections().get(1)));
  }

  @Test
  void theSameSchemaHasNoChanges() {
    assertThat(SchemaDiff.between(v1, v1).isEmpty()).isTrue();
    assertThat(SchemaDiff.between(v1, Schemas.expenseClaim()).isEmpty()).as("matched by name without ids").isTrue();
  }

  @Test
  void addedRemovedRenamedAndRetyped() {
    FieldDefinition renamed = existing("title").toBuilder().name("subject").build();
    FieldDefinition retyped = existing("category").toBuilder().type(FieldType.RADIO).build();
    FieldDefinition added = field("place", FieldType.TEXT, "地点", "Place").id("f12").build();
    SchemaDiff diff = SchemaDiff.between(v1, withBasics(renamed, retyped, existing("startDate"), added));
    assertThat(kinds(diff)).containsExactly("FIELD_RENAMED subject.name", "FIELD_TYPE_CHANGED category.type",
        "FIELD_ADDED place", "FIELD_REMOVED endDate");
    assertThat(diff.summary(Locale.ENGLISH)).containsExactly(
        "Renamed field Title: title → subject",
        "Changed the type of field Category: Drop-down → Radio buttons",
        "Added field Place (place, Single-line text)",
        "Removed field End date (endDate); its data is kept");
    assertThat(diff.summary(Locale.SIMPLIFIED_CHINESE)).containsExactly(
        "字段「标题」改名：title → subject",
        "修改了字段「类别」的类型：下拉单选 → 单选按钮",
        "新增字段「地点」（place，单行文本）",
        "删除字段「结束日期」（endDate），数据仍保留");
  }

  @Test
  void changedProperties() {
    FieldDefinition title = existing("title").toBuilder().label(text("主题", "Subject")).required(false).maxLength(80)
        .span(2).build();
    FieldDefinition category = existing("category").toBuilder().options(List.of(
        new FieldOption("travel", text("差旅", "Travel")), new FieldOption("office", text("办公", "Office")))).build();
    SchemaDiff diff = SchemaDiff.between(v1, withBasics(title, category, existing("startDate"), existing("endDate")));
    assertThat(kinds(diff)).containsExactly("FIELD_CHANGED title.label", "FIELD_CHANGED title.required",
        "FIELD_CHANGED title.span", "FIELD_CHANGED title.maxLength", "FIELD_CHANGED category.options");
    assertThat(diff.summary(Locale.ENGLISH)).containsExactly(
        "Changed Label of field Subject: Title → Subject",
        "Changed Required of field Subject: yes → no",
        "Changed Width of field Subject: 1 → 2",
        "Changed Maximum length of field Subject: 50 → 80",
        "Changed Options of field Category: Travel, Meals → Travel, Office");
    assertThat(diff.summary(Locale.SIMPLIFIED_CHINESE).get(4)).isEqualTo("修改了字段「类别」的选项：差旅, 餐饮 → 差旅, 办公");
  }

  @Test
  void layoutChangesNameOnlyTheFieldThatMoved() {
    List<FieldDefinition> basics = new ArrayList<>(v1.sections().get(0).fields());
    FieldDefinition endDate = basics.remove(3);
    basics.add(0, endDate);
    FormSection second = v1.sections().get(1);
    FormSchema moved = v1.withSections(List.of(
        new FormSection(text("基本", "General"), 3, basics.subList(0, 3)),
        second.withFields(List.of(second.fields().get(0), basics.get(3), second.fields().get(1),
            second.fields().get(2)))));
    SchemaDiff diff = SchemaDiff.between(v1, moved);
    assertThat(kinds(diff)).containsExactly("SECTION_CHANGED null.title", "SECTION_CHANGED null.columns",
        "FIELD_MOVED endDate.position", "FIELD_MOVED startDate.section");
    assertThat(diff.summary(Locale.ENGLISH)).containsExactly(
        "Changed Title of section General: Basics → General",
        "Changed Columns of section General: 2 → 3",
        "Moved field End date from position 4 to position 1",
        "Moved field Start date from section 1 to section 2");
  }

  @Test
  void lineFieldsRulesChecksAndTheForm() {
    FieldDefinition items = existing("items");
    FieldDefinition price = items.fields().get(1).toBuilder().name("unitPrice").build();
    FieldDefinition itemsAfter = items.withFields(List.of(items.fields().get(0), price, items.fields().get(2),
        items.fields().get(3), field("tax", FieldType.DECIMAL, "税额", "Tax").id("f12").build()));
    FormSection second = v1.sections().get(1);
    FormSchema after = new FormSchema(v1.key(), text("费用报销单", "Expense claim"), text("出差与日常费用", "Travel"),
        List.of(v1.sections().get(0), second.withFields(List.of(itemsAfter, second.fields().get(1),
            second.fields().get(2)))),
        List.of(new FormRule("total > 8000", List.of("reason"), List.of(), List.of("reason"))),
        List.of(v1.checks().get(0), new CrossCheck("total > 0", "total", text("合计必须大于 0", "Total must be above 0"))));
    SchemaDiff diff = SchemaDiff.between(v1, after);
    assertThat(kinds(diff)).containsExactly("FORM_CHANGED null.name", "FORM_CHANGED null.description",
        "FIELD_RENAMED items.unitPrice.name", "FIELD_ADDED items.tax", "RULE_REMOVED null.rules",
        "RULE_ADDED null.rules", "CHECK_ADDED total.checks");
    assertThat(diff.summary(Locale.SIMPLIFIED_CHINESE)).containsExactly(
        "修改了表单的名称：报销单 → 费用报销单",
        "修改了表单的描述：（无） → 出差与日常费用",
        "字段「单价」改名：items.price → items.unitPrice",
        "新增字段「税额」（items.tax，小数）",
        "删除规则：当 total > 5000",
        "新增规则：当 total > 8000",
        "新增校验：total > 0");
  }

  @Test
  void theStructuredFormHasValuesAsJson() {
    FieldDefinition title = existing("title").toBuilder().maxLength(80).build();
    JsonObject json = SchemaDiff.between(v1, withBasics(title, existing("category"), existing("startDate"),
        existing("endDate"))).toJson(Locale.ENGLISH);
    JsonObject change = json.getJsonArray("changes").getJsonObject(0);
    assertThat(change.getString("kind")).isEqualTo("FIELD_CHANGED");
    assertThat(change.getString("fieldId")).isEqualTo("f1");
    assertThat(change.getString("field")).isEqualTo("title");
    assertThat(change.getString("label")).isEqualTo("Title");
    assertThat(change.getString("property")).isEqualTo("maxLength");
    assertThat(change.getInt("before")).isEqualTo(50);
    assertThat(change.getInt("after")).isEqualTo(80);
    assertThat(change.getString("summary")).isEqualTo("Changed Maximum length of field Title: 50 → 80");
  }
}
