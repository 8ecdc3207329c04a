package io.atrium.workflows.definition.json;

import io.atrium.sdk.workflow.RuleConfig;
import io.atrium.workflows.definition.ApprovalMode;
import io.atrium.workflows.definition.ApproverNode;
import io.atrium.workflows.definition.ApproverRule;
import io.atrium.workflows.definition.Automation;
import io.atrium.workflows.definition.AutomationNode;
import io.atrium.workflows.definition.Branch;
import io.atrium.workflows.definition.CcNode;
import io.atrium.workflows.definition.ConditionNode;
import io.atrium.workflows.definition.ContributedRule;
import io.atrium.workflows.definition.Delay;
import io.atrium.workflows.definition.DelayNode;
import io.atrium.workflows.definition.DefinitionProblem;
import io.atrium.workflows.definition.DepartmentField;
import io.atrium.workflows.definition.DepartmentHead;
import io.atrium.workflows.definition.EdgeRules;
import io.atrium.workflows.definition.EndNode;
import io.atrium.workflows.definition.ExpressionRule;
import io.atrium.workflows.definition.FieldAccess;
import io.atrium.workflows.definition.FieldRights;
import io.atrium.workflows.definition.HandlerNode;
import io.atrium.workflows.definition.ManagerChain;
import io.atrium.workflows.definition.NamedUsers;
import io.atrium.workflows.definition.Node;
import io.atrium.workflows.definition.ParallelNode;
import io.atrium.workflows.definition.ProcessDefinition;
import io.atrium.workflows.definition.RejectPolicy;
import io.atrium.workflows.definition.RoleMembers;
import io.atrium.workflows.definition.Sla;
import io.atrium.workflows.definition.StartNode;
import io.atrium.workflows.definition.UserField;
import io.atrium.workflows.definition.WhenNobody;
import io.atrium.workflows.definition.WhenSubmitter;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the structure of definition JSON into the model: JSON types, known properties and values.
 * Every problem is collected with its path; what the parts mean (reachability, expressions, rules)
 * is checked afterwards by {@link io.atrium.workflows.definition.DefinitionValidator}.
 */
final class DefinitionJsonReader {

  static final List<String> DEFINITION_PROPERTIES = List.of("key", "version", "name", "admins", "nodes");
  static final List<String> BRANCH_PROPERTIES = List.of("id", "name", "when", "default", "nodes");
  static final List<String> EDGE_PROPERTIES = List.of("whenNobody", "whenSubmitter", "approveOnceInARow");
  static final Map<String, List<String>> NODE_PROPERTIES = Map.of(
      "start", List.of("id", "type", "name"),
      "end", List.of("id", "type", "name"),
      "approver", concat(List.of("id", "type", "name", "approvers", "mode", "votePercent", "onReject",
          "rejectNeedsComment", "signature", "sla", "fields"),
          EDGE_PROPERTIES),
      "handler", concat(List.of("id", "type", "name", "handlers", "mode", "votePercent", "writableFields", "fields"),
          EDGE_PROPERTIES),
      "cc", List.of("id", "type", "name", "recipients"),
      "condition", List.of("id", "type", "name", "branches"),
      "parallel", List.of("id", "type", "name", "branches"),
      "automation", List.of("id", "type", "name", "setField", "callAction"),
      "delay", List.of("id", "type", "name", "after", "counting", "untilField"));
  static final Map<String, List<String>> RULE_PROPERTIES = Map.of(
      NamedUsers.TYPE, List.of("type", "users"),
      RoleMembers.TYPE, List.of("type", "roles"),
      DepartmentHead.TYPE, List.of("type", "levelsUp"),
      ManagerChain.TYPE, List.of("type", "levels"),
      UserField.TYPE, List.of("type", "field"),
      DepartmentField.TYPE, List.of("type", "field", "levelsUp"),
      ExpressionRule.TYPE, List.of("type", "expression"));

  private final List<DefinitionProblem> problems = new ArrayList<>();
  private final AutomationJsonReader automations = new AutomationJsonReader(this);
  private final SlaJsonReader slas = new SlaJsonReader(this);

  /** The problems found. */
  List<DefinitionProblem> problems() {
    return problems;
  }

  /** Reads a definition; null parts stand for what could not be read, and then there are problems. */
  ProcessDefinition read(JsonValue root) {
    String path = JsonPaths.ROOT;
    if (!(root instanceof JsonObject object)) {
      problem(path, "workflows.json.notObject.definition");
      return null;
    }
    unknownProperties(object, path, DEFINITION_PROPERTIES);
    String key = string(object, path, "key", true);
    Integer version = integer(object, path, "version", false);
    String name = string(object, path, "name", true);
    List<Long> admins = longs(object, path, "admins");
    List<Node> nodes = nodes(object, path);
    return new ProcessDefinition(key == null ? "" : key, version == null ? 1 : version, name == null ? "" : name,
        admins, nodes);
  }

  private List<Node> nodes(JsonObject parent, String path) {
    List<Node> nodes = new ArrayList<>();
    JsonArray array = array(parent, path, "nodes", true);
    if (array != null) {
      for (int i = 0; i < array.size(); i++) {
        Node node = node(array.get(i), JsonPaths.index(JsonPaths.property(path, "nodes"), i));
        if (node != null) {
          nodes.add(node);
        }
      }
    }
    return nodes;
  }

  private Node node(JsonValue value, String path) {
    if (!(value instanceof JsonObject node)) {
      problem(path, "workflows.json.notObject.node");
      return null;
    }
    String type = string(node, path, "type", true);
    if (type == null) {
      return null;
    }
    List<String> properties = NODE_PROPERTIES.get(type);
    if (properties == null) {
      problem(JsonPaths.property(path, "type"), "workflows.json.unknownNodeType", type,
          String.join(", ", NODE_PROPERTIES.keySet().stream().sorted().toList()));
      return null;
    }
    unknownProperties(node, path, properties);
    String id = string(node, path, "id", true);
    String name = string(node, path, "name", false);
    // without an id the node is still read, so that the problems inside it are reported too
    String shown = name != null ? name : id == null ? "" : id;
    Node read = node(node, path, type, id == null ? "" : id, shown);
    return id == null ? null : read;
  }

  private Node node(JsonObject node, String path, String type, String id, String shown) {
    return switch (type) {
      case "start" -> new StartNode(id, shown);
      case "end" -> new EndNode(id, shown);
      case "cc" -> {
        ApproverRule rule = rule(node, path, "recipients");
        yield rule == null ? null : new CcNode(id, shown, rule);
      }
      case "approver" -> {
        ApproverRule rule = rule(node, path, "approvers");
        ApprovalMode mode = mode(node, path);
        EdgeRules edges = edges(node, path);
        RejectPolicy onReject = enumeration(node, path, "onReject", JsonNames.ON_REJECT, RejectPolicy.END);
        Sla sla = slas.sla(node, path);
        boolean needsComment = Boolean.TRUE.equals(bool(node, path, "rejectNeedsComment"));
        FieldRights fields = fields(node, path);
        boolean signature = Boolean.TRUE.equals(bool(node, path, "signature"));
        yield rule == null || mode == null || edges == null || onReject == null || sla == null ? null
            : new ApproverNode(id, shown, rule, mode, edges, onReject, sla, needsComment, fields, signature);
      }
      case "handler" -> {
        ApproverRule rule = rule(node, path, "handlers");
        ApprovalMode mode = mode(node, path);
        EdgeRules edges = edges(node, path);
        List<String> writable = strings(node, path, "writableFields");
        FieldRights fields = fields(node, path);
        yield rule == null || mode == null || edges == null ? null
            : new HandlerNode(id, shown, rule, mode, edges, writable, fields);
      }
      case "condition" -> new ConditionNode(id, shown, branches(node, path, true));
      case "automation" -> {
        Automation automation = automations.automation(node, path);
        yield automation == null ? null : new AutomationNode(id, shown, automation);
      }
      case "delay" -> {
        Delay delay = automations.delay(node, path);
        yield delay == null ? null : new DelayNode(id, shown, delay);
      }
      default -> new ParallelNode(id, shown, branches(node, path, false));
    };
  }

  private List<Branch> branches(JsonObject node, String path, boolean conditional) {
    List<Branch> branches = new ArrayList<>();
    JsonArray array = array(node, path, "branches", true);
    if (array == null) {
      return branches;
    }
    for (int i = 0; i < array.size(); i++) {
      String at = JsonPaths.index(JsonPaths.property(path, "branches"), i);
      if (!(array.get(i) instanceof JsonObject branch)) {
        problem(at, "workflows.json.notObject.branch");
        continue;
      }
      unknownProperties(branch, at, conditional ? BRANCH_PROPERTIES : List.of("id", "name", "nodes"));
      String id = string(branch, at, "id", true);
      String name = string(branch, at, "name", false);
      String when = conditional ? string(branch, at, "when", false) : null;
      Boolean isDefault = conditional ? bool(branch, at, "default") : Boolean.FALSE;
      List<Node> nodes = nodes(branch, at);
      if (id != null) {
        branches.add(new Branch(id, name == null ? id : name, when, Boolean.TRUE.equals(isDefault), nodes));
      }
    }
    return branches;
  }

  private ApprovalMode mode(JsonObject node, String path) {
    ApprovalMode.Kind kind = enumeration(node, path, "mode", JsonNames.MODES, ApprovalMode.Kind.SEQUENTIAL);
    Integer percent = integer(node, path, "votePercent", false);
    if (kind == null) {
      return null;
    }
    if (kind == ApprovalMode.Kind.VOTE && percent == null) {
      problem(JsonPaths.property(path, "votePercent"), "workflows.json.votePercentMissing");
      return null;
    }
    if (kind != ApprovalMode.Kind.VOTE && percent != null) {
      problem(JsonPaths.property(path, "votePercent"), "workflows.json.votePercentWithoutVote");
      return null;
    }
    return new ApprovalMode(kind, percent == null ? 0 : percent);
  }

  private EdgeRules edges(JsonObject node, String path) {
    WhenNobody nobody = enumeration(node, path, "whenNobody", JsonNames.WHEN_NOBODY, EdgeRules.DEFAULT.whenNobody());
    WhenSubmitter submitter = enumeration(node, path, "whenSubmitter", JsonNames.WHEN_SUBMITTER,
        EdgeRules.DEFAULT.whenSubmitter());
    Boolean once = bool(node, path, "approveOnceInARow");
    return nobody == null || submitter == null ? null : new EdgeRules(nobody, submitter, Boolean.TRUE.equals(once));
  }

  private ApproverRule rule(JsonObject node, String path, String property) {
    String at = JsonPaths.property(path, property);
    JsonValue value = node.get(property);
    if (value == null) {
      problem(at, "workflows.json.missing", property);
      return null;
    }
    if (!(value instanceof JsonObject rule)) {
      problem(at, "workflows.json.notObject.rule");
      return null;
    }
    String type = string(rule, at, "type", true);
    if (type == null) {
      return null;
    }
    List<String> properties = RULE_PROPERTIES.get(type);
    if (properties == null) {
      // a type a plugin contributes: kept as written, its strategy checks it when validating
      return new ContributedRule(new RuleConfig(type, JsonValues.properties(rule, "type")));
    }
    unknownProperties(rule, at, properties);
    return switch (type) {
      case NamedUsers.TYPE -> new NamedUsers(longs(rule, at, "users"));
      case RoleMembers.TYPE -> new RoleMembers(strings(rule, at, "roles"));
      case DepartmentHead.TYPE -> new DepartmentHead(orZero(integer(rule, at, "levelsUp", false)));
      case ManagerChain.TYPE -> new ManagerChain(orZero(integer(rule, at, "levels", false)));
      case UserField.TYPE -> orNull(string(rule, at, "field", true), UserField::new);
      case DepartmentField.TYPE -> orNull(string(rule, at, "field", true),
          f -> new DepartmentField(f, orZero(integer(rule, at, "levelsUp", false))));
      default -> orNull(string(rule, at, "expression", true), ExpressionRule::new);
    };
  }

  // ---------------------------------------------------------------- JSON types

  String string(JsonObject object, String path, String name, boolean required) {
    JsonValue value = object.get(name);
    if (value == null || value == JsonValue.NULL) {
      if (required) {
        problem(JsonPaths.property(path, name), "workflows.json.missing", name);
      }
      return null;
    }
    if (!(value instanceof JsonString text)) {
      problem(JsonPaths.property(path, name), "workflows.json.wrongType.text", name);
      return null;
    }
    if (required && text.getString().isBlank()) {
      problem(JsonPaths.property(path, name), "workflows.json.blank", name);
      return null;
    }
    return text.getString();
  }

  Integer integer(JsonObject object, String path, String name, boolean required) {
    JsonValue value = object.get(name);
    if (value == null || value == JsonValue.NULL) {
      if (required) {
        problem(JsonPaths.property(path, name), "workflows.json.missing", name);
      }
      return null;
    }
    if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
      problem(JsonPaths.property(path, name), "workflows.json.wrongType.integer", name);
      return null;
    }
    return number.intValue();
  }

  Boolean bool(JsonObject object, String path, String name) {
    JsonValue value = object.get(name);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
      problem(JsonPaths.property(path, name), "workflows.json.wrongType.boolean", name);
      return null;
    }
    return value == JsonValue.TRUE;
  }

  /** An ISO-8601 duration such as {@code PT8H} or {@code P3D}; null when missing or unreadable. */
  Duration duration(JsonObject object, String path, String name) {
    String text = string(object, path, name, false);
    if (text == null) {
      return null;
    }
    try {
      return Duration.parse(text.strip());
    } catch (DateTimeParseException e) {
      problem(JsonPaths.property(path, name), "workflows.json.badDuration", name, text);
      return null;
    }
  }

  JsonArray array(JsonObject object, String path, String name, boolean required) {
    JsonValue value = object.get(name);
    if (value == null || value == JsonValue.NULL) {
      if (required) {
        problem(JsonPaths.property(path, name), "workflows.json.missing", name);
      }
      return null;
    }
    if (!(value instanceof JsonArray array)) {
      problem(JsonPaths.property(path, name), "workflows.json.wrongType.array", name);
      return null;
    }
    return array;
  }

  private List<Long> longs(JsonObject object, String path, String name) {
    List<Long> result = new ArrayList<>();
    JsonArray array = array(object, path, name, false);
    for (int i = 0; array != null && i < array.size(); i++) {
      if (array.get(i) instanceof JsonNumber number && number.isIntegral()) {
        result.add(number.longValue());
      } else {
        problem(JsonPaths.index(JsonPaths.property(path, name), i), "workflows.json.wrongItem.userId", name);
      }
    }
    return result;
  }

  private List<String> strings(JsonObject object, String path, String name) {
    List<String> result = new ArrayList<>();
    JsonArray array = array(object, path, name, false);
    for (int i = 0; array != null && i < array.size(); i++) {
      if (array.get(i) instanceof JsonString text) {
        result.add(text.getString());
      } else {
        problem(JsonPaths.index(JsonPaths.property(path, name), i), "workflows.json.wrongItem.text", name);
      }
    }
    return result;
  }

  /** A node's {@code fields}: field name to {@code hidden}, {@code read} or {@code write}. */
  private FieldRights fields(JsonObject node, String path) {
    JsonValue value = node.get("fields");
    if (value == null || value == JsonValue.NULL) {
      return FieldRights.NONE;
    }
    if (!(value instanceof JsonObject object)) {
      problem(JsonPaths.property(path, "fields"), "workflows.json.wrongType.object", "fields");
      return FieldRights.NONE;
    }
    Map<String, FieldAccess> rights = new LinkedHashMap<>();
    String at = JsonPaths.property(path, "fields");
    for (String field : object.keySet()) {
      FieldAccess access = enumeration(object, at, field, JsonNames.FIELD_ACCESS, FieldAccess.READ);
      if (access != null) {
        rights.put(field, access);
      }
    }
    return new FieldRights(rights);
  }

  <E> E enumeration(JsonObject object, String path, String name, Map<String, E> names, E fallback) {
    JsonValue value = object.get(name);
    if (value == null || value == JsonValue.NULL) {
      return fallback;
    }
    String text = value instanceof JsonString s ? s.getString() : value.toString();
    E result = names.get(text);
    if (result == null) {
      problem(JsonPaths.property(path, name), "workflows.json.unknownValue", name, text, String.join(", ", names.keySet()));
    }
    return result;
  }

  void unknownProperties(JsonObject object, String path, List<String> known) {
    for (String name : object.keySet()) {
      if (!known.contains(name)) {
        problem(JsonPaths.property(path, name), "workflows.json.unknownProperty", name, String.join(", ", known));
      }
    }
  }

  void problem(String path, String key, Object... args) {
    problems.add(DefinitionProblem.of(path, key, args));
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }

  private static <T> T orNull(String value, java.util.function.Function<String, T> make) {
    return value == null ? null : make.apply(value);
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return List.copyOf(all);
  }
}
