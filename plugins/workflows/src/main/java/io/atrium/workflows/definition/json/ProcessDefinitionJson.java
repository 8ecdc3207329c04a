package io.atrium.workflows.definition.json;

import io.atrium.workflows.definition.DefinitionProblem;
import io.atrium.workflows.definition.ProcessDefinition;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

/**
 * The JSON form of a {@link ProcessDefinition}, as the designer saves it.
 *
 * <pre>{@code
 * {"key": "expense", "version": 1, "name": "报销", "admins": [1],
 *  "nodes": [
 *   {"id": "start", "type": "start", "name": "提交"},
 *   {"id": "amount", "type": "condition", "name": "金额", "branches": [
 *     {"id": "big", "name": "大额", "when": "amount > 100000", "nodes": [
 *       {"id": "director", "type": "approver", "name": "总监", "approvers": {"type": "roles", "roles": ["director"]},
 *        "mode": "orSign", "whenNobody": "routeToAdmin", "whenSubmitter": "manager", "onReject": "backToSubmitter"}]},
 *     {"id": "other", "name": "其他", "default": true, "nodes": []}]},
 *   {"id": "end", "type": "end", "name": "结束"}]}
 * }</pre>
 *
 * <p>Node types: {@code start}, {@code approver} ({@code approvers}), {@code handler}
 * ({@code handlers}, {@code writableFields}), {@code cc} ({@code recipients}), {@code condition} and
 * {@code parallel} ({@code branches}), {@code end}. Rules: {@code users}, {@code roles},
 * {@code departmentHead}, {@code managerChain}, {@code userField}, {@code departmentField},
 * {@code expression}. Modes: {@code sequential} (default), {@code countersign}, {@code orSign},
 * {@code vote} with {@code votePercent}. Reading reports every problem with its JSON path; an
 * unknown property is a problem too, so that a typo is never silently ignored. Thread-safe.
 */
public final class ProcessDefinitionJson {

  /** Looked up once: each {@code Json.*} call would search for the provider again. */
  private static final JsonProvider JSON = JsonProvider.provider();

  /**
   * Reads a definition whose structure must have no problem.
   *
   * @throws InvalidDefinitionException with every problem found
   */
  public ProcessDefinition read(String json) {
    JsonValue value;
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      value = reader.readValue();
    } catch (JsonParsingException e) {
      String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ", column "
          + e.getLocation().getColumnNumber() + ")";
      throw new InvalidDefinitionException(List.of(DefinitionProblem.of(JsonPaths.ROOT, "workflows.json.notJson",
          where, e.getMessage())));
    } catch (JsonException e) {
      throw new InvalidDefinitionException(List.of(DefinitionProblem.of(JsonPaths.ROOT, "workflows.json.notJson", "",
          e.getMessage())));
    }
    return read(value);
  }

  /**
   * Reads a definition whose structure must have no problem.
   *
   * @throws InvalidDefinitionException with every problem found
   */
  public ProcessDefinition read(JsonValue json) {
    DefinitionJsonReader reader = new DefinitionJsonReader();
    ProcessDefinition definition = reader.read(json);
    if (!reader.problems().isEmpty()) {
      throw new InvalidDefinitionException(reader.problems());
    }
    return definition;
  }

  /** The definition as JSON. */
  public JsonValue toJson(ProcessDefinition definition) {
    return new DefinitionJsonWriter(JSON).write(definition);
  }

  /** The definition as JSON text. */
  public String write(ProcessDefinition definition) {
    StringWriter out = new StringWriter();
    try (JsonWriter writer = JSON.createWriter(out)) {
      writer.write(toJson(definition));
    }
    return out.toString();
  }
}
