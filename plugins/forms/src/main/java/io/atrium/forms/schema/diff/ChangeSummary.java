package io.atrium.forms.schema.diff;

import io.atrium.forms.schema.FieldType;
import io.atrium.forms.schema.FormsTexts;
import io.atrium.forms.schema.LocalizedText;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes a change as one sentence in a language. */
final class ChangeSummary {

  private static final int MAX_VALUE = 80;

  private final Locale locale;

  ChangeSummary(Locale locale) {
    this.locale = locale;
  }

  String sentence(SchemaChange change) {
    String label = change.label() == null ? "" : change.label().in(locale);
    return switch (change.kind()) {
      case FORM_CHANGED -> t("forms.diff.formChanged", property(change.property()), value(change.before()),
          value(change.after()));
      case SECTION_ADDED -> t("forms.diff.sectionAdded", label);
      case SECTION_REMOVED -> t("forms.diff.sectionRemoved", label);
      case SECTION_CHANGED -> t("forms.diff.sectionChanged", label, property(change.property()),
          value(change.before()), value(change.after()));
      case FIELD_ADDED -> t("forms.diff.fieldAdded", label, change.field(), typeOf(change.after()));
      case FIELD_REMOVED -> t("forms.diff.fieldRemoved", label, change.field());
      case FIELD_RENAMED -> t("forms.diff.fieldRenamed", label, value(change.before()), value(change.after()));
      case FIELD_TYPE_CHANGED -> t("forms.diff.fieldTypeChanged", label, type(change.before()), type(change.after()));
      case FIELD_CHANGED -> t("forms.diff.fieldChanged", label, property(change.property()), value(change.before()),
          value(change.after()));
      case FIELD_MOVED -> "section".equals(change.property())
          ? t("forms.diff.fieldMovedSection", label, value(change.before()), value(change.after()))
          : t("forms.diff.fieldMovedPosition", label, value(change.before()), value(change.after()));
      case RULE_ADDED -> t("forms.diff.ruleAdded", rule(change.after()));
      case RULE_REMOVED -> t("forms.diff.ruleRemoved", rule(change.before()));
      case CHECK_ADDED -> t("forms.diff.checkAdded", check(change.after()));
      case CHECK_REMOVED -> t("forms.diff.checkRemoved", check(change.before()));
    };
  }

  private String t(String key, Object... args) {
    return FormsTexts.text(locale, key, args);
  }

  private String property(String name) {
    String key = "forms.property." + name;
    return FormsTexts.has(key) ? t(key) : name;
  }

  private String type(JsonValue value) {
    if (value instanceof JsonString name) {
      return FieldType.ofJsonName(name.getString()).map(this::typeName).orElse(name.getString());
    }
    return value(value);
  }

  private String typeOf(JsonValue field) {
    return field instanceof JsonObject object ? type(object.get("type")) : "";
  }

  /** The display name of a field type, e.g. "Money" or "金额". */
  String typeName(FieldType type) {
    return t("forms.type." + type.jsonName());
  }

  private String rule(JsonValue value) {
    return value instanceof JsonObject rule && rule.get("when") instanceof JsonString when ? when.getString() : "";
  }

  private String check(JsonValue value) {
    return value instanceof JsonObject check && check.get("expression") instanceof JsonString e ? e.getString() : "";
  }

  /** A value for a sentence: texts in the reader's language, yes/no, options by label, lists joined. */
  String value(JsonValue value) {
    String text = plain(value);
    return text.length() <= MAX_VALUE ? text : text.substring(0, MAX_VALUE - 1) + "…";
  }

  private String plain(JsonValue value) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return t("forms.diff.none");
    }
    switch (value.getValueType()) {
      case TRUE:
        return t("forms.diff.yes");
      case FALSE:
        return t("forms.diff.no");
      case STRING:
        return ((JsonString) value).getString();
      case NUMBER:
        return ((JsonNumber) value).bigDecimalValue().toPlainString();
      case ARRAY:
        List<String> items = new ArrayList<>();
        for (JsonValue item : (JsonArray) value) {
          items.add(item instanceof JsonObject option && option.containsKey("label")
              ? plain(option.get("label")) : plain(item));
        }
        return items.isEmpty() ? t("forms.diff.none") : String.join(", ", items);
      default:
        JsonObject object = (JsonObject) value;
        Map<String, String> texts = new LinkedHashMap<>();
        object.forEach((k, v) -> texts.put(k, v instanceof JsonString s ? s.getString() : v.toString()));
        try {
          return new LocalizedText(texts).in(locale);
        } catch (IllegalArgumentException e) {
          return object.toString();
        }
    }
  }
}
