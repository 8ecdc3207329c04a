package io.atrium.forms;

import io.atrium.forms.schema.CrossCheck;
import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldOption;
import io.atrium.forms.schema.FieldType;
import io.atrium.forms.schema.FormRule;
import io.atrium.forms.schema.FormSchema;
import io.atrium.forms.schema.FormSection;
import io.atrium.forms.schema.LocalizedText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Schemas for tests. */
public final class Schemas {

  private Schemas() {
  }

  /** A text in Chinese and English. */
  public static LocalizedText text(String zh, String en) {
    return new LocalizedText(Map.of("zh-CN", zh, "en", en));
  }

  /** A field builder with a two-language label. */
  public static FieldDefinition.Builder field(String name, FieldType type, String zh, String en) {
    return FieldDefinition.builder(name, type, text(zh, en));
  }

  /** A one-section form of these fields. */
  public static FormSchema form(FieldDefinition... fields) {
    return new FormSchema("test-form", text("测试表单", "Test form"), null,
        List.of(new FormSection(null, 1, List.of(fields))), List.of(), List.of());
  }

  /** A one-section form of these fields, rules and checks. */
  public static FormSchema form(List<FieldDefinition> fields, List<FormRule> rules, List<CrossCheck> checks) {
    return new FormSchema("test-form", text("测试表单", "Test form"), null,
        List.of(new FormSection(null, 2, fields)), rules, checks);
  }

  /**
   * An expense claim: a title, a category, dates, line items with a line formula and a total,
   * a reason required above 5,000, and a check that the end is not before the start.
   */
  public static FormSchema expenseClaim() {
    FieldDefinition title = field("title", FieldType.TEXT, "标题", "Title").required(true).maxLength(50).build();
    FieldDefinition category = field("category", FieldType.SELECT, "类别", "Category").required(true)
        .options(List.of(new FieldOption("travel", text("差旅", "Travel")),
            new FieldOption("meal", text("餐饮", "Meals")))).build();
    FieldDefinition start = field("startDate", FieldType.DATE, "开始日期", "Start date").required(true).build();
    FieldDefinition end = field("endDate", FieldType.DATE, "结束日期", "End date").required(true).build();
    FieldDefinition items = field("items", FieldType.SUBTABLE, "明细", "Items").required(true).fields(List.of(
        field("description", FieldType.TEXT, "说明", "Description").required(true).build(),
        field("price", FieldType.DECIMAL, "单价", "Price").required(true).min(BigDecimal.ZERO).scale(2).build(),
        field("quantity", FieldType.INTEGER, "数量", "Quantity").required(true).min(BigDecimal.ONE).build(),
        field("amount", FieldType.FORMULA, "金额", "Amount").formula("price * quantity").scale(2).build())).build();
    FieldDefinition total = field("total", FieldType.FORMULA, "合计", "Total").formula("sum(items, 'amount')")
        .scale(2).build();
    FieldDefinition reason = field("reason", FieldType.TEXTAREA, "超额说明", "Reason").build();
    return new FormSchema("expense-claim", text("报销单", "Expense claim"), null,
        List.of(new FormSection(text("基本信息", "Basics"), 2, List.of(title, category, start, end)),
            new FormSection(text("明细", "Items"), 1, List.of(items, total, reason))),
        List.of(new FormRule("total > 5000", List.of("reason"), List.of(), List.of("reason"))),
        List.of(new CrossCheck("endDate >= startDate", "endDate",
            text("结束日期不能早于开始日期", "The end date cannot be before the start date"))));
  }
}
