package io.atrium.forms.schema.json;

import io.atrium.forms.schema.CrossCheck;
import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldOption;
import io.atrium.forms.schema.FieldProperty;
import io.atrium.forms.schema.FieldType;
import io.atrium.forms.schema.FormRule;
import io.atrium.forms.schema.FormSchema;
import io.atrium.forms.schema.FormSection;
import io.atrium.forms.schema.LocalizedText;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes a schema as JSON: properties named like the record components, in their order, leaving
 * out those that are empty, false, 1 (span) or that do not apply to the field's type.
 */
final class SchemaJsonWriter {

  private SchemaJsonWriter() {
  }

  static JsonObject write(FormSchema schema) {
    JsonObjectBuilder out = Json.createObjectBuilder().add("key", schema.key()).add("name", text(schema.name()));
    if (schema.description() != null) {
      out.add("description", text(schema.description()));
    }
    JsonArrayBuilder sections = Json.createArrayBuilder();
    for (FormSection section : schema.sections()) {
      JsonObjectBuilder s = Json.createObjectBuilder();
      if (section.title() != null) {
        s.add("title", text(section.title()));
      }
      s.add("columns", section.columns());
      s.add("fields", fields(section.fields()));
      sections.add(s);
    }
    out.add("sections", sections);
    if (!schema.rules().isEmpty()) {
      JsonArrayBuilder rules = Json.createArrayBuilder();
      for (FormRule rule : schema.rules()) {
        JsonObjectBuilder r = Json.createObjectBuilder().add("when", rule.when());
        addList(r, "show", rule.show());
        addList(r, "hide", rule.hide());
        addList(r, "require", rule.require());
        rules.add(r);
      }
      out.add("rules", rules);
    }
    if (!schema.checks().isEmpty()) {
      JsonArrayBuilder checks = Json.createArrayBuilder();
      for (CrossCheck check : schema.checks()) {
        checks.add(Json.createObjectBuilder().add("expression", check.expression()).add("field", check.field())
            .add("message", text(check.message())));
      }
      out.add("checks", checks);
    }
    return out.build();
  }

  private static void addList(JsonObjectBuilder out, String name, List<String> items) {
    if (!items.isEmpty()) {
      out.add(name, Json.createArrayBuilder(items));
    }
  }

  private static JsonArrayBuilder fields(List<FieldDefinition> fields) {
    JsonArrayBuilder out = Json.createArrayBuilder();
    fields.forEach(field -> out.add(field(field)));
    return out;
  }

  /** One field. */
  static JsonObject field(FieldDefinition field) {
    JsonObjectBuilder out = Json.createObjectBuilder();
    for (FieldProperty property : FieldProperty.values()) {
      if (!property.appliesTo(field.type()) || property.isDefault(field)) {
        continue;
      }
      out.add(property.jsonName(), value(property, field));
    }
    return out.build();
  }

  /** A property's value as JSON. */
  static JsonValue value(FieldProperty property, FieldDefinition field) {
    Object value = property.get(field);
    if (property == FieldProperty.DEFAULT_VALUE && value instanceof String json) {
      try (JsonReader reader = Json.createReader(new StringReader(json))) {
        return reader.readValue();
      } catch (JsonException e) {
        return Json.createValue(json);
      }
    }
    if (property == FieldProperty.FIELDS) {
      return fields(field.fields()).build();
    }
    return json(value);
  }

  /** A model value as JSON. */
  static JsonValue json(Object value) {
    if (value == null) {
      return JsonValue.NULL;
    } else if (value instanceof String s) {
      return Json.createValue(s);
    } else if (value instanceof Boolean b) {
      return b ? JsonValue.TRUE : JsonValue.FALSE;
    } else if (value instanceof Integer i) {
      return Json.createValue(i);
    } else if (value instanceof Long l) {
      return Json.createValue(l);
    } else if (value instanceof BigDecimal d) {
      return Json.createValue(d);
    } else if (value instanceof FieldType type) {
      return Json.createValue(type.jsonName());
    } else if (value instanceof LocalizedText text) {
      return text(text);
    } else if (value instanceof Collection<?> items) {
      JsonArrayBuilder out = Json.createArrayBuilder();
      for (Object item : items) {
        if (item instanceof FieldOption option) {
          out.add(Json.createObjectBuilder().add("value", option.value()).add("label", text(option.label())));
        } else if (item instanceof FieldDefinition f) {
          out.add(field(f));
        } else {
          out.add(json(item));
        }
      }
      return out.build();
    }
    return Json.createValue(value.toString());
  }

  /** A text: a plain string when it is only Chinese (how {@link LocalizedText#of} stores it), else an object. */
  static JsonValue text(LocalizedText text) {
    Map<String, String> byLanguage = text.byLanguage();
    if (byLanguage.size() == 1 && byLanguage.containsKey("zh-CN")) {
      return Json.createValue(byLanguage.get("zh-CN"));
    }
    JsonObjectBuilder out = Json.createObjectBuilder();
    byLanguage.forEach(out::add);
    return out.build();
  }
}
