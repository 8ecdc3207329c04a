package io.atrium.forms.schema.json;

import io.atrium.forms.schema.FormSchema;
import io.atrium.sdk.expression.Expressions;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The JSON form of a {@link FormSchema}: what {@code POST /api/v1/forms} takes and
 * {@code GET /api/v1/forms/{key}/schema} returns.
 *
 * <pre>{@code
 * {"key": "expense-claim", "name": {"zh-CN": "报销单", "en": "Expense claim"},
 *  "sections": [{"title": "基本信息", "columns": 2, "fields": [
 *    {"id": "f1", "name": "amount", "type": "money", "label": "金额", "required": true, "scale": 2},
 *    {"id": "f2", "name": "items", "type": "subtable", "label": "明细", "fields": [
 *      {"id": "f3", "name": "price", "type": "decimal", "label": "单价"}]}]}],
 *  "rules": [{"when": "amount > 5000", "require": ["reason"]}],
 *  "checks": [{"expression": "endDate >= startDate", "field": "endDate", "message": "结束日期不能早于开始日期"}]}
 * }</pre>
 *
 * <p>Property names are the record components' names; a field's {@code type} is
 * {@link io.atrium.forms.schema.FieldType#jsonName()}; a text is a string or an object of language
 * tag to text; {@code defaultValue} is any JSON value. Reading reports every problem, each with its
 * JSON path; an unknown property is a problem too, so that a typo is never silently ignored.
 */
public final class FormSchemaJson {

  private final SchemaChecker checker;

  /** A codec that compiles formulas, rules and checks with that service. */
  public FormSchemaJson(Expressions expressions) {
    this.checker = new SchemaChecker(Objects.requireNonNull(expressions, "expressions"));
  }

  /**
   * Reads a schema that must have no problem.
   *
   * @throws InvalidSchemaException with every problem found
   */
  public FormSchema read(String json) {
    return parse(json).orThrow();
  }

  /**
   * Reads a schema that must have no problem.
   *
   * @throws InvalidSchemaException with every problem found
   */
  public FormSchema read(JsonValue json) {
    return parse(json).orThrow();
  }

  /** Reads a schema and reports every problem without throwing, e.g. to save a draft that has some. */
  public SchemaReadResult parse(String json) {
    JsonValue value;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      value = reader.readValue();
    } catch (JsonParsingException e) {
      String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ", column "
          + e.getLocation().getColumnNumber() + ")";
      return new SchemaReadResult(null, List.of(SchemaProblem.of(JsonPaths.ROOT, "forms.schema.notJson", where,
          e.getMessage())));
    } catch (JsonException e) {
      return new SchemaReadResult(null, List.of(SchemaProblem.of(JsonPaths.ROOT, "forms.schema.notJson", "",
          e.getMessage())));
    }
    return parse(value);
  }

  /** Reads a schema and reports every problem without throwing. */
  public SchemaReadResult parse(JsonValue json) {
    SchemaJsonReader reader = new SchemaJsonReader();
    FormSchema schema = reader.read(json);
    List<SchemaProblem> problems = new ArrayList<>(reader.problems());
    boolean readable = problems.isEmpty();
    if (schema != null) {
      for (SchemaProblem problem : checker.check(schema, reader.paths(), reader.unreadableNames())) {
        // a part that could not be read was reported already; do not report it twice
        if (reader.problems().stream().noneMatch(p -> JsonPaths.within(problem.path(), p.path()))) {
          problems.add(problem);
        }
      }
    }
    problems.sort(SchemaProblemOrder.INSTANCE);
    return new SchemaReadResult(readable ? schema : null, problems);
  }

  /** Every problem of a schema built in Java, e.g. an app template. */
  public List<SchemaProblem> check(FormSchema schema) {
    List<SchemaProblem> problems = new ArrayList<>(checker.check(schema));
    problems.sort(SchemaProblemOrder.INSTANCE);
    return problems;
  }

  /** A schema as JSON. */
  public JsonObject write(FormSchema schema) {
    return SchemaJsonWriter.write(schema);
  }

  /** One field as JSON, as {@link #write} writes it. */
  public static JsonObject writeField(io.atrium.forms.schema.FieldDefinition field) {
    return SchemaJsonWriter.field(field);
  }

  /** One property of a field as JSON, as {@link #write} writes it (null as JSON null). */
  public static JsonValue writeProperty(io.atrium.forms.schema.FieldProperty property,
      io.atrium.forms.schema.FieldDefinition field) {
    return SchemaJsonWriter.value(property, field);
  }

  /** A model value as JSON: texts, options, numbers, lists. */
  public static JsonValue writeValue(Object value) {
    return SchemaJsonWriter.json(value);
  }

  /** A schema as JSON text. */
  public String writeString(FormSchema schema) {
    StringWriter out = new StringWriter();
    try (JsonWriter writer = Json.createWriter(out)) {
      writer.write(write(schema));
    }
    return out.toString();
  }
}
