package io.atrium.workflows.rules.json;

import io.atrium.workflows.definition.json.JsonPaths;
import io.atrium.workflows.rules.DueIn;
import io.atrium.workflows.rules.OwnerChoice;
import io.atrium.workflows.rules.Recipients;
import io.atrium.workflows.rules.Rule;
import io.atrium.workflows.rules.RuleAction;
import io.atrium.workflows.rules.RuleProblem;
import io.atrium.workflows.rules.Trigger;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the structure of rule JSON into the model: JSON types, known properties and values, each
 * problem with its path. What the parts mean (expressions, cron, fields) is checked afterwards by
 * {@link io.atrium.workflows.rules.RuleValidator}.
 */
final class RuleJsonReader {

  private final JsonProps props = new JsonProps();

  /** The problems found. */
  List<RuleProblem> problems() {
    return props.problems();
  }

  /** Reads a rule; null when it could not be read, and then there are problems. */
  Rule read(JsonValue root) {
    String path = JsonPaths.ROOT;
    if (!(root instanceof JsonObject object)) {
      props.problem(path, "workflows.rules.json.notRule");
      return null;
    }
    props.known(object, path, RuleNames.RULE);
    String id = props.string(object, path, "id", true);
    String name = props.string(object, path, "name", true);
    boolean enabled = props.bool(object, path, "enabled", true);
    String source = props.string(object, path, "source", false);
    JsonObject triggerJson = props.object(object, path, "trigger", true);
    Trigger trigger = triggerJson == null ? null : trigger(triggerJson, JsonPaths.property(path, "trigger"));
    String condition = props.string(object, path, "condition", false);
    List<RuleAction> actions = actions(object, path);
    if (id == null || trigger == null || actions == null) {
      return null;
    }
    return new Rule(id, name == null ? "" : name, enabled, source, trigger, condition, actions);
  }

  private Trigger trigger(JsonObject trigger, String path) {
    String type = type(trigger, path, RuleNames.TRIGGERS, "workflows.rules.json.unknownTrigger");
    if (type == null) {
      return null;
    }
    return switch (type) {
      case "recordCreated" -> new Trigger.RecordCreated();
      case "recordUpdated" -> new Trigger.RecordUpdated(props.string(trigger, path, "field", false),
          props.string(trigger, path, "changedTo", false));
      case "recordDeleted" -> new Trigger.RecordDeleted();
      case "approvalFinished" -> new Trigger.ApprovalFinished(props.string(trigger, path, "process", false),
          props.string(trigger, path, "outcome", false));
      case "schedule" -> {
        String cron = props.string(trigger, path, "cron", true);
        yield cron == null ? null : new Trigger.Scheduled(cron);
      }
      default -> relativeDate(trigger, path);
    };
  }

  private Trigger relativeDate(JsonObject trigger, String path) {
    String field = props.string(trigger, path, "field", true);
    Long offset = props.integer(trigger, path, "offset", true);
    Trigger.OffsetUnit unit = props.choice(trigger, path, "unit", RuleNames.OFFSET_UNITS, true);
    String atText = props.string(trigger, path, "at", false);
    boolean yearly = props.bool(trigger, path, "yearly", false);
    LocalTime at = null;
    if (atText != null) {
      try {
        at = LocalTime.parse(atText);
      } catch (DateTimeParseException e) {
        props.problem(JsonPaths.property(path, "at"), "workflows.rules.json.notTime", atText);
      }
    }
    if (offset != null && Math.abs(offset) > Integer.MAX_VALUE) {
      props.problem(JsonPaths.property(path, "offset"), "workflows.rules.json.notInteger", "offset");
      return null;
    }
    return offset == null || unit == null ? null
        : new Trigger.RelativeDate(field, offset.intValue(), unit, at, yearly);
  }

  private List<RuleAction> actions(JsonObject rule, String path) {
    JsonArray array = props.array(rule, path, "actions", true);
    if (array == null) {
      return null;
    }
    List<RuleAction> actions = new ArrayList<>();
    boolean complete = true;
    for (int i = 0; i < array.size(); i++) {
      String at = JsonPaths.index(JsonPaths.property(path, "actions"), i);
      RuleAction action = array.get(i) instanceof JsonObject object ? action(object, at) : null;
      if (!(array.get(i) instanceof JsonObject)) {
        props.problem(at, "workflows.rules.json.notAction");
      }
      complete &= action != null;
      if (action != null) {
        actions.add(action);
      }
    }
    return complete ? actions : null;
  }

  private RuleAction action(JsonObject action, String path) {
    String type = type(action, path, RuleNames.ACTIONS, "workflows.rules.json.unknownAction");
    if (type == null) {
      return null;
    }
    return switch (type) {
      case "updateFields" -> new RuleAction.UpdateFields(props.texts(action, path, "values", true));
      case "assignOwner" -> {
        JsonObject owner = props.object(action, path, "owner", true);
        OwnerChoice choice = owner == null ? null : owner(owner, JsonPaths.property(path, "owner"));
        yield choice == null ? null : new RuleAction.AssignOwner(choice);
      }
      case "createRecord" -> new RuleAction.CreateRecord(props.string(action, path, "source", true),
          props.texts(action, path, "values", true));
      case "createTodo" -> {
        Recipients assignees = recipients(action, path, "assignees");
        DueIn due = due(action, path);
        yield assignees == null || due == null ? null
            : new RuleAction.CreateTodo(props.string(action, path, "title", true), assignees, due);
      }
      case "startProcess" -> new RuleAction.StartProcess(props.string(action, path, "process", true));
      case "notify" -> {
        Recipients recipients = recipients(action, path, "recipients");
        String message = props.string(action, path, "message", true);
        yield recipients == null ? null : new RuleAction.Notify(recipients, message);
      }
      case "callAction" -> new RuleAction.CallAction(props.string(action, path, "action", true),
          props.texts(action, path, "inputs", false));
      default -> new RuleAction.ReturnToPool(props.string(action, path, "statusField", true),
          props.string(action, path, "statusValue", false));
    };
  }

  private OwnerChoice owner(JsonObject owner, String path) {
    String type = type(owner, path, RuleNames.OWNERS, "workflows.rules.json.unknownOwner");
    if (type == null) {
      return null;
    }
    return switch (type) {
      case "roundRobin" -> new OwnerChoice.RoundRobin(props.userIds(owner, path, "users"),
          props.string(owner, path, "group", false));
      case "mapping" -> {
        String field = props.string(owner, path, "field", true);
        Map<String, Long> table = table(owner, path);
        Long otherwise = props.integer(owner, path, "otherwise", false);
        yield field == null ? null : new OwnerChoice.ByMapping(field, table, otherwise);
      }
      default -> {
        String group = props.string(owner, path, "group", true);
        yield group == null ? null : new OwnerChoice.LeastLoaded(group);
      }
    };
  }

  private Map<String, Long> table(JsonObject owner, String path) {
    Map<String, Long> table = new LinkedHashMap<>();
    JsonObject object = props.object(owner, path, "table", true);
    if (object != null) {
      String at = JsonPaths.property(path, "table");
      object.forEach((value, user) -> {
        if (user instanceof JsonNumber number && number.isIntegral()) {
          table.put(value, number.longValue());
        } else {
          props.problem(JsonPaths.property(at, value), "workflows.rules.json.notUserId", value);
        }
      });
    }
    return table;
  }

  private Recipients recipients(JsonObject parent, String path, String name) {
    JsonObject object = props.object(parent, path, name, true);
    if (object == null) {
      return null;
    }
    String at = JsonPaths.property(path, name);
    props.known(object, at, RuleNames.RECIPIENTS);
    return new Recipients(props.userIds(object, at, "users"), props.bool(object, at, "owner", false),
        props.bool(object, at, "supervisor", false));
  }

  private DueIn due(JsonObject todo, String path) {
    JsonObject object = props.object(todo, path, "due", true);
    if (object == null) {
      return null;
    }
    String at = JsonPaths.property(path, "due");
    props.known(object, at, RuleNames.DUE);
    Long amount = props.integer(object, at, "amount", true);
    DueIn.Unit unit = props.choice(object, at, "unit", RuleNames.DUE_UNITS, true);
    if (amount != null && Math.abs(amount) > Integer.MAX_VALUE) {
      props.problem(JsonPaths.property(at, "amount"), "workflows.rules.json.notInteger", "amount");
      return null;
    }
    return amount == null || unit == null ? null : new DueIn(amount.intValue(), unit);
  }

  /** The type of a typed object, after refusing properties its type does not allow. */
  private String type(JsonObject object, String path, Map<String, List<String>> types, String unknownKey) {
    String type = props.string(object, path, "type", true);
    if (type == null) {
      return null;
    }
    List<String> known = types.get(type);
    if (known == null) {
      props.problem(JsonPaths.property(path, "type"), unknownKey, type, String.join(", ", types.keySet()));
      return null;
    }
    props.known(object, path, known);
    return type;
  }
}
