package io.atrium.workflows.rules;

import io.atrium.sdk.expression.Expressions;
import io.atrium.sdk.expression.InvalidExpressionException;
import io.atrium.workflows.definition.json.JsonPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks a rule before it is saved: ids, the trigger (a valid cron, a sane offset), every EL
 * expression compiles, every action names what it needs; with the source's field names, also that
 * the fields and variables it uses exist. Each problem has the JSON path of {@link io.atrium.workflows.rules.json.RuleJson}.
 */
public final class RuleValidator {

  /** The largest offset of a relative date, in days (about ten years). */
  public static final int MAX_OFFSET_DAYS = 3660;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

  private final Expressions expressions;

  /** A validator compiling with the platform's expressions. */
  public RuleValidator(Expressions expressions) {
    this.expressions = expressions;
  }

  /** Refuses a rule with problems. */
  public void check(Rule rule, Set<String> fields) {
    List<RuleProblem> problems = problems(rule, fields);
    if (!problems.isEmpty()) {
      throw new InvalidRuleException(problems);
    }
  }

  /**
   * Every problem of a rule, in document order.
   *
   * @param fields the field names of the rule's source, or null when unknown (then fields are not checked)
   */
  public List<RuleProblem> problems(Rule rule, Set<String> fields) {
    Check check = new Check(fields);
    if (!ID.matcher(rule.id()).matches()) {
      check.add("$.id", "workflows.rules.badId", rule.id());
    }
    if (blank(rule.name())) {
      check.add("$.name", "workflows.rules.blank", "name");
    }
    boolean needsSource = rule.trigger().kind() != TriggerKind.SCHEDULE;
    if (needsSource && blank(rule.source())) {
      check.add("$.source", "workflows.rules.noSource");
    }
    trigger(check, rule.trigger());
    if (rule.condition() != null) {
      check.expression("$.condition", rule.condition(), Boolean.class);
    }
    if (rule.actions().isEmpty()) {
      check.add("$.actions", "workflows.rules.noActions");
    }
    boolean hasRecord = needsSource && !blank(rule.source());
    for (int i = 0; i < rule.actions().size(); i++) {
      RuleAction action = rule.actions().get(i);
      String path = JsonPaths.index("$.actions", i);
      if (!needsSource && worksOnTheRecord(action)) {
        check.add(path, "workflows.rules.needsRecord");
      }
      action(check, path, action, hasRecord);
    }
    return check.problems;
  }

  private void trigger(Check check, Trigger trigger) {
    String path = "$.trigger";
    if (trigger instanceof Trigger.RecordUpdated updated) {
      if (updated.field() != null) {
        check.field(JsonPaths.property(path, "field"), updated.field());
      } else if (updated.changedTo() != null) {
        check.add(JsonPaths.property(path, "changedTo"), "workflows.rules.changedToWithoutField");
      }
    } else if (trigger instanceof Trigger.Scheduled scheduled) {
      CronCheck.problem(scheduled.cron()).ifPresent(m -> check.problems.add(new RuleProblem(
          JsonPaths.property(path, "cron"), m)));
    } else if (trigger instanceof Trigger.RelativeDate relative) {
      check.field(JsonPaths.property(path, "field"), relative.field());
      int limit = relative.unit() == Trigger.OffsetUnit.DAYS ? MAX_OFFSET_DAYS : MAX_OFFSET_DAYS * 24;
      if (Math.abs((long) relative.amount()) > limit) {
        check.add(JsonPaths.property(path, "offset"), "workflows.rules.offsetRange", relative.amount(), limit);
      }
    }
  }

  private void action(Check check, String path, RuleAction action, boolean hasRecord) {
    if (action instanceof RuleAction.UpdateFields update) {
      check.values(JsonPaths.property(path, "values"), update.values(), true);
    } else if (action instanceof RuleAction.AssignOwner assign) {
      owner(check, JsonPaths.property(path, "owner"), assign.choice());
    } else if (action instanceof RuleAction.CreateRecord create) {
      check.required(JsonPaths.property(path, "source"), "source", create.source());
      check.values(JsonPaths.property(path, "values"), create.values(), false);
    } else if (action instanceof RuleAction.CreateTodo todo) {
      check.required(JsonPaths.property(path, "title"), "title", todo.title());
      recipients(check, JsonPaths.property(path, "assignees"), todo.assignees(), hasRecord);
      if (todo.due().amount() < 0) {
        check.add(JsonPaths.property(path, "due"), "workflows.rules.negativeDue", todo.due().amount());
      }
    } else if (action instanceof RuleAction.StartProcess start) {
      check.required(JsonPaths.property(path, "process"), "process", start.definitionKey());
    } else if (action instanceof RuleAction.Notify notify) {
      recipients(check, JsonPaths.property(path, "recipients"), notify.recipients(), hasRecord);
      check.required(JsonPaths.property(path, "message"), "message", notify.message());
    } else if (action instanceof RuleAction.CallAction call) {
      check.required(JsonPaths.property(path, "action"), "action", call.actionId());
      check.values(JsonPaths.property(path, "inputs"), call.inputs(), false);
    } else if (action instanceof RuleAction.ReturnToPool pool) {
      check.field(JsonPaths.property(path, "statusField"), pool.statusField());
    }
  }

  private void owner(Check check, String path, OwnerChoice choice) {
    if (choice instanceof OwnerChoice.RoundRobin robin) {
      if (robin.users().isEmpty() == blank(robin.group())) {
        check.add(path, "workflows.rules.roundRobinPeople");
      }
    } else if (choice instanceof OwnerChoice.ByMapping mapping) {
      check.field(JsonPaths.property(path, "field"), mapping.field());
      if (mapping.table().isEmpty()) {
        check.add(JsonPaths.property(path, "table"), "workflows.rules.emptyTable");
      }
    } else if (choice instanceof OwnerChoice.LeastLoaded least && blank(least.group())) {
      check.add(JsonPaths.property(path, "group"), "workflows.rules.blank", "group");
    }
  }

  private void recipients(Check check, String path, Recipients recipients, boolean hasRecord) {
    if (recipients.isEmpty()) {
      check.add(path, "workflows.rules.noRecipients");
    } else if (!hasRecord && (recipients.owner() || recipients.supervisor())) {
      check.add(path, "workflows.rules.ownerWithoutRecord");
    }
  }

  /** Whether an action changes the triggering record, which a schedule does not have. */
  private static boolean worksOnTheRecord(RuleAction action) {
    return action instanceof RuleAction.UpdateFields || action instanceof RuleAction.AssignOwner
        || action instanceof RuleAction.StartProcess || action instanceof RuleAction.ReturnToPool;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** The problems of one rule and the field names to check against. */
  private final class Check {
    private final List<RuleProblem> problems = new ArrayList<>();
    private final Set<String> fields;

    Check(Set<String> fields) {
      this.fields = fields;
    }

    void add(String path, String key, Object... args) {
      problems.add(RuleProblem.of(path, key, args));
    }

    void required(String path, String name, String value) {
      if (blank(value)) {
        add(path, "workflows.rules.blank", name);
      }
    }

    void field(String path, String field) {
      if (blank(field)) {
        add(path, "workflows.rules.noField");
      } else if (fields != null && !fields.contains(field)) {
        add(path, "workflows.rules.unknownField", field);
      }
    }

    void values(String path, Map<String, String> values, boolean ownFields) {
      if (values.isEmpty()) {
        add(path, "workflows.rules.noValues");
      }
      values.forEach((field, expression) -> {
        String at = JsonPaths.property(path, field);
        if (ownFields) {
          field(at, field);
        }
        expression(at, expression, Object.class);
      });
    }

    void expression(String path, String text, Class<?> type) {
      if (blank(text)) {
        add(path, "workflows.rules.noExpression");
        return;
      }
      try {
        Set<String> used = expressions.compile(text, type).variables();
        if (fields != null) {
          Set<String> unknown = new TreeSet<>(used);
          unknown.removeAll(fields);
          unknown.removeAll(RuleVariables.BUILT_IN);
          if (!unknown.isEmpty()) {
            add(path, "workflows.rules.unknownVariables", String.join(", ", unknown));
          }
        }
      } catch (InvalidExpressionException e) {
        add(path, "workflows.rules.invalidExpression", e.getMessage());
      }
    }
  }
}
