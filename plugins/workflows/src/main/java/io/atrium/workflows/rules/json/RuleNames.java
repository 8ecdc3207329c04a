package io.atrium.workflows.rules.json;

import io.atrium.workflows.rules.DueIn;
import io.atrium.workflows.rules.Trigger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON spellings of types and units, and the properties each type allows. */
final class RuleNames {

  static final List<String> RULE = List.of("id", "name", "enabled", "source", "trigger", "condition", "actions");
  static final Map<String, List<String>> TRIGGERS = ordered(
      "recordCreated", List.of("type"),
      "recordUpdated", List.of("type", "field", "changedTo"),
      "recordDeleted", List.of("type"),
      "approvalFinished", List.of("type", "process", "outcome"),
      "schedule", List.of("type", "cron"),
      "relativeDate", List.of("type", "field", "offset", "unit", "at", "yearly"));
  static final Map<String, List<String>> ACTIONS = ordered(
      "updateFields", List.of("type", "values"),
      "assignOwner", List.of("type", "owner"),
      "createRecord", List.of("type", "source", "values"),
      "createTodo", List.of("type", "title", "assignees", "due"),
      "startProcess", List.of("type", "process"),
      "notify", List.of("type", "recipients", "message"),
      "callAction", List.of("type", "action", "inputs"),
      "returnToPool", List.of("type", "statusField", "statusValue"));
  static final Map<String, List<String>> OWNERS = ordered(
      "roundRobin", List.of("type", "users", "group"),
      "mapping", List.of("type", "field", "table", "otherwise"),
      "leastLoaded", List.of("type", "group"));
  static final List<String> RECIPIENTS = List.of("users", "owner", "supervisor");
  static final List<String> DUE = List.of("amount", "unit");
  static final Map<String, Trigger.OffsetUnit> OFFSET_UNITS = ordered("days", Trigger.OffsetUnit.DAYS,
      "hours", Trigger.OffsetUnit.HOURS);
  static final Map<String, DueIn.Unit> DUE_UNITS = ordered("hours", DueIn.Unit.HOURS, "days", DueIn.Unit.DAYS,
      "workingHours", DueIn.Unit.WORKING_HOURS, "workingDays", DueIn.Unit.WORKING_DAYS);

  private RuleNames() {
  }

  /** The JSON name of a value of a map above. */
  static <V> String nameOf(Map<String, V> names, V value) {
    return names.entrySet().stream().filter(e -> e.getValue().equals(value)).findFirst().orElseThrow().getKey();
  }

  @SuppressWarnings("unchecked")
  private static <V> Map<String, V> ordered(Object... pairs) {
    Map<String, V> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (V) pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
