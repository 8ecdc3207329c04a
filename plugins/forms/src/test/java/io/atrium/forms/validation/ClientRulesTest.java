package io.atrium.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.forms.ElExpressions;
import io.atrium.forms.Schemas;
import io.atrium.forms.schema.FieldType;
import io.atrium.sdk.record.FieldProblem;
import jakarta.json.JsonObject;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ClientRulesTest {

  private final RecordValidator validator = RecordValidator.builder(new ElExpressions()).build();
  private final FormLogic logic = validator.compile(Schemas.expenseClaim());

  private JsonObject field(JsonObject rules, String name) {
    return rules.getJsonArray("fields").getValuesAs(JsonObject.class).stream()
        .filter(f -> f.getString("name").equals(name)).findFirst().orElseThrow();
  }

  @Test
  void describesLimitsWithTheServersOwnMessages() {
    JsonObject rules = ClientRules.toJson(logic, Locale.SIMPLIFIED_CHINESE);
    JsonObject title = field(rules, "title");
    assertThat(title.getString("label")).isEqualTo("标题");
    assertThat(title.getBoolean("required")).isTrue();
    assertThat(title.getInt("maxLength")).isEqualTo(50);
    String serverSays = validator.check(logic, Map.of(), ValidationContext.create(Locale.SIMPLIFIED_CHINESE))
        .problems().stream().filter(p -> p.field().equals("title")).map(FieldProblem::message).findFirst().orElseThrow();
    assertThat(title.getJsonObject("messages").getString("required")).isEqualTo(serverSays);
    assertThat(title.getJsonObject("messages").getString("maxLength")).isEqualTo("「标题」最多 50 个字，当前 {value} 个。");
    JsonObject category = field(rules, "category");
    assertThat(category.getJsonArray("options").getJsonObject(0).getString("label")).isEqualTo("差旅");
    JsonObject items = field(rules, "items");
    JsonObject price = items.getJsonArray("fields").getJsonObject(1);
    assertThat(price.getInt("scale")).isEqualTo(2);
    assertThat(price.getJsonNumber("min").intValue()).isZero();
    assertThat(price.getJsonObject("messages").getString("min")).isEqualTo("「单价」不能小于 0。");
    assertThat(items.getJsonArray("fields").getJsonObject(3).getBoolean("computed")).isTrue();
  }

  @Test
  void listsRulesChecksAndFormulasWithTheFieldsTheyRead() {
    JsonObject rules = ClientRules.toJson(logic, Locale.ENGLISH);
    JsonObject rule = rules.getJsonArray("rules").getJsonObject(0);
    assertThat(rule.getString("when")).isEqualTo("total > 5000");
    assertThat(rule.getJsonArray("variables").getString(0)).isEqualTo("total");
    assertThat(rule.getJsonArray("require").getString(0)).isEqualTo("reason");
    JsonObject check = rules.getJsonArray("checks").getJsonObject(0);
    assertThat(check.getString("message")).isEqualTo("End date: The end date cannot be before the start date");
    assertThat(rules.getJsonArray("formulas").getValuesAs(JsonObject.class))
        .extracting(f -> f.getString("subTable", "") + "." + f.getString("field"))
        .containsExactly("items.amount", ".total");
  }

  @Test
  void formatPatternsWorkAsTheServersChecks() {
    JsonObject rules = ClientRules.toJson(validator.compile(Schemas.form(
        Schemas.field("phone", FieldType.PHONE, "手机", "Mobile").build(),
        Schemas.field("mail", FieldType.EMAIL, "邮箱", "Mail").build())), Locale.ENGLISH);
    JsonObject phone = field(rules, "phone");
    Pattern mobile = Pattern.compile(phone.getString("formatPattern"));
    assertThat(mobile.matcher("+86 138-1234-5678".replaceAll(phone.getString("ignore"), "")).matches()).isTrue();
    assertThat(phone.getJsonObject("messages").getString("format")).contains("{value}", "mainland mobile");
    assertThat(Pattern.compile(field(rules, "mail").getString("formatPattern")).matcher("a@b.cn").matches()).isTrue();
  }
}
