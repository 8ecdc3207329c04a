package io.atrium.forms.validation;

import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldType;
import io.atrium.forms.schema.FormsTexts;
import io.atrium.forms.schema.json.SchemaChecker;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/**
 * What a browser needs to show the server's messages early: per field its limits and the very
 * messages {@link RecordValidator} would give, plus the rules, checks and formulas with the fields
 * they read. The server stays the authority; this only spares a round trip.
 *
 * <pre>{@code
 * {"form": "expense-claim",
 *  "fields": [{"name": "amount", "label": "金额", "type": "money", "required": true, "min": 0, "scale": 2,
 *              "messages": {"required": "请填写「金额」", "min": "…", "scale": "…"}}, …],
 *  "rules": [{"when": "amount > 5000", "variables": ["amount"], "show": [], "hide": [], "require": ["reason"]}],
 *  "checks": [{"expression": "endDate >= startDate", "variables": […], "field": "endDate", "message": "…"}],
 *  "formulas": [{"field": "total", "formula": "sum(items, 'amount')", "variables": ["items"], "scale": 2}]}
 * }</pre>
 *
 * <p>Messages that quote the value carry the placeholder {@value #VALUE} where the browser puts it.
 */
public final class ClientRules {

  /** Where a message quotes the offending value. */
  public static final String VALUE = "{value}";

  private ClientRules() {
  }

  /** The rules of a compiled schema, labels and messages in a language. */
  public static JsonObject toJson(FormLogic logic, Locale locale) {
    JsonArrayBuilder fields = Json.createArrayBuilder();
    for (FieldDefinition field : logic.schema().fields()) {
      fields.add(field(field, locale));
    }
    JsonArrayBuilder rules = Json.createArrayBuilder();
    for (FormLogic.Rule rule : logic.rules()) {
      rules.add(Json.createObjectBuilder()
          .add("when", rule.rule().when())
          .add("variables", Json.createArrayBuilder(rule.condition().variables()))
          .add("show", Json.createArrayBuilder(rule.rule().show()))
          .add("hide", Json.createArrayBuilder(rule.rule().hide()))
          .add("require", Json.createArrayBuilder(rule.rule().require())));
    }
    JsonArrayBuilder checks = Json.createArrayBuilder();
    for (FormLogic.Check check : logic.checks()) {
      String label = logic.schema().field(check.check().field()).map(f -> f.label(locale)).orElse(check.check().field());
      checks.add(Json.createObjectBuilder()
          .add("expression", check.check().expression())
          .add("variables", Json.createArrayBuilder(check.expression().variables()))
          .add("field", check.check().field())
          .add("message", FormsTexts.text(locale, "forms.validation.check", label, check.check().message().in(locale))));
    }
    JsonArrayBuilder formulas = Json.createArrayBuilder();
    for (FormLogic.Formula formula : logic.formulas()) {
      JsonObjectBuilder item = Json.createObjectBuilder().add("field", formula.field().name());
      if (formula.subTable() != null) {
        item.add("subTable", formula.subTable().name());
      }
      formulas.add(item.add("formula", formula.field().formula())
          .add("variables", Json.createArrayBuilder(formula.expression().variables()))
          .add("scale", formula.field().effectiveScale()));
    }
    return Json.createObjectBuilder()
        .add("form", logic.schema().key())
        .add("fields", fields)
        .add("rules", rules)
        .add("checks", checks)
        .add("formulas", formulas)
        .build();
  }

  private static JsonObject field(FieldDefinition field, Locale locale) {
    String label = field.label(locale);
    JsonObjectBuilder out = Json.createObjectBuilder()
        .add("name", field.name())
        .add("label", label)
        .add("type", field.type().jsonName())
        .add("required", field.required())
        .add("multiple", field.multiValued());
    JsonObjectBuilder messages = Json.createObjectBuilder();
    Texts texts = new Texts(locale, label, messages);
    if (field.type().computed()) {
      out.add("computed", true);
    }
    texts.add("required", field.type() == FieldType.SWITCH ? "forms.validation.mustBeOn"
        : field.type() == FieldType.SUBTABLE ? "forms.validation.requiredLines" : "forms.validation.required");
    Integer maxLength = field.effectiveMaxLength();
    if (maxLength != null && !field.type().computed()) {
      out.add("maxLength", maxLength);
      texts.add("maxLength", "forms.validation.tooLong", String.valueOf(maxLength), VALUE);
    }
    if (field.minLength() != null) {
      out.add("minLength", field.minLength());
      texts.add("minLength", "forms.validation.tooShort", String.valueOf(field.minLength()), VALUE);
    }
    if (field.pattern() != null) {
      out.add("pattern", field.pattern());
      if (field.patternMessage() != null) {
        texts.add("pattern", "forms.validation.patternCustom", field.patternMessage().in(locale));
      } else {
        texts.add("pattern", "forms.validation.pattern");
      }
    }
    format(field, out, texts);
    if (field.type().numeric() && !field.type().computed()) {
      int scale = field.effectiveScale();
      out.add("scale", scale);
      texts.add("scale", scale == 0 ? "forms.validation.notWhole" : "forms.validation.tooManyDecimals",
          String.valueOf(scale));
      int digits = field.type() == FieldType.INTEGER ? FieldDefinition.INTEGER_DIGITS : FieldDefinition.PRECISION - scale;
      out.add("integerDigits", digits);
      texts.add("integerDigits", "forms.validation.tooManyDigits", String.valueOf(digits));
      if (field.min() != null) {
        out.add("min", field.min());
        texts.add("min", "forms.validation.belowMin", plain(field.min()));
      }
      if (field.max() != null) {
        out.add("max", field.max());
        texts.add("max", "forms.validation.aboveMax", plain(field.max()));
      }
    }
    if (field.type() == FieldType.MONEY) {
      out.add("currency", field.effectiveCurrency());
    }
    if (field.type().hasOptions() && !field.options().isEmpty()) {
      JsonArrayBuilder options = Json.createArrayBuilder();
      field.options().forEach(o -> options.add(Json.createObjectBuilder().add("value", o.value())
          .add("label", o.label().in(locale))));
      out.add("options", options);
      texts.add("option", "forms.validation.notOption", VALUE, String.join(", ",
          field.options().stream().map(o -> o.label().in(locale)).toList()));
    }
    if (field.type() == FieldType.ATTACHMENT || field.type() == FieldType.IMAGE) {
      int maxFiles = field.maxFiles() == null ? SchemaChecker.MAX_FILES : field.maxFiles();
      out.add("maxFiles", maxFiles);
      texts.add("maxFiles", "forms.validation.tooManyFiles", String.valueOf(maxFiles), VALUE);
      Set<String> accepted = field.mediaTypes().isEmpty() && field.type() == FieldType.IMAGE ? Set.of("image/*")
          : field.mediaTypes();
      out.add("mediaTypes", Json.createArrayBuilder(accepted));
    }
    if (field.maxFileBytes() != null && field.type().files()) {
      out.add("maxFileBytes", field.maxFileBytes());
    }
    if (field.type() == FieldType.SUBTABLE) {
      JsonArrayBuilder lines = Json.createArrayBuilder();
      field.fields().forEach(line -> lines.add(field(line, locale)));
      out.add("fields", lines);
    }
    return out.add("messages", messages).build();
  }

  private static void format(FieldDefinition field, JsonObjectBuilder out, Texts texts) {
    switch (field.type()) {
      case EMAIL -> {
        out.add("format", "email").add("formatPattern", Formats.EMAIL);
        texts.add("format", "forms.validation.badEmail", VALUE);
      }
      case PHONE -> {
        boolean mobile = FieldDefinition.PHONE_MOBILE_CN.equals(field.effectivePhoneKind());
        out.add("format", mobile ? "mobile-cn" : "international")
            .add("formatPattern", mobile ? Formats.MOBILE_CN : Formats.INTERNATIONAL)
            .add("ignore", Formats.PHONE_SEPARATORS);
        texts.add("format", mobile ? "forms.validation.badMobile" : "forms.validation.badPhone", VALUE);
      }
      case URL -> {
        out.add("format", "url").add("formatPattern", Formats.URL);
        texts.add("format", "forms.validation.badUrl", VALUE);
      }
      case REGION -> {
        out.add("format", "region").add("regionDepth", field.regionDepth());
        texts.add("format", "forms.validation.badRegion", VALUE);
      }
      default -> {
        // no format of its own
      }
    }
  }

  private static String plain(BigDecimal value) {
    return value.toPlainString();
  }

  /** Adds messages in the form {@link io.atrium.forms.values.FieldProblems} gives them. */
  private record Texts(Locale locale, String label, JsonObjectBuilder messages) {
    void add(String name, String key, Object... args) {
      Object[] all = new Object[args.length + 1];
      all[0] = label;
      System.arraycopy(args, 0, all, 1, args.length);
      messages.add(name, FormsTexts.text(locale, key, all));
    }
  }
}
