package io.atrium.workflows.rules.json;

import io.atrium.workflows.definition.json.JsonPaths;
import io.atrium.workflows.rules.InvalidRuleException;
import io.atrium.workflows.rules.Rule;
import io.atrium.workflows.rules.RuleProblem;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.List;

/**
 * The JSON form of a {@link Rule}, as the rule editor saves it (docs/workflows-rules.md has every
 * trigger and action):
 *
 * <pre>{@code
 * {"id": "lead-by-region", "name": "按区域分配线索", "source": "leads",
 *  "trigger": {"type": "recordCreated"},
 *  "condition": "region != null",
 *  "actions": [{"type": "assignOwner", "owner": {"type": "mapping", "field": "region", "table": {"华东": 12}}}]}
 * }</pre>
 *
 * <p>Reading reports every problem with its JSON path; an unknown property is a problem too, so a
 * typo is never silently ignored. Thread-safe.
 */
public final class RuleJson {

  /** Looked up once: each {@code Json.*} call would search for the provider again. */
  private static final JsonProvider JSON = JsonProvider.provider();

  /**
   * Reads a rule whose structure has no problem.
   *
   * @throws InvalidRuleException with every problem found
   */
  public Rule read(String json) {
    JsonValue value;
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      value = reader.readValue();
    } catch (JsonParsingException e) {
      String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ", column "
          + e.getLocation().getColumnNumber() + ")";
      throw new InvalidRuleException(List.of(RuleProblem.of(JsonPaths.ROOT, "workflows.rules.json.notJson", where,
          e.getMessage())));
    } catch (JsonException e) {
      throw new InvalidRuleException(List.of(RuleProblem.of(JsonPaths.ROOT, "workflows.rules.json.notJson", "",
          e.getMessage())));
    }
    return read(value);
  }

  /**
   * Reads a rule whose structure has no problem.
   *
   * @throws InvalidRuleException with every problem found
   */
  public Rule read(JsonValue json) {
    RuleJsonReader reader = new RuleJsonReader();
    Rule rule = reader.read(json);
    if (!reader.problems().isEmpty()) {
      throw new InvalidRuleException(reader.problems());
    }
    return rule;
  }

  /** The rule as JSON. */
  public JsonObject toJson(Rule rule) {
    return new RuleJsonWriter(JSON).write(rule);
  }

  /** The rule as JSON text. */
  public String write(Rule rule) {
    return toJson(rule).toString();
  }
}
