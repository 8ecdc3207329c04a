package io.atrium.workflows.rules.run;

import io.atrium.workflows.WorkflowsException;
import io.atrium.workflows.WorkflowsMessage;
import io.atrium.workflows.rules.Rule;
import io.atrium.workflows.rules.RuleAction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one action of a rule into its effects with computed values. Expressions see the event's
 * values, not what earlier actions of the same run set.
 */
final class ActionPlanner {

  private final Evaluator evaluator;
  private final OwnerPicker owners;
  private final PeopleResolver people;
  private final DueTimes dueTimes;

  ActionPlanner(Evaluator evaluator, OwnerPicker owners, PeopleResolver people, DueTimes dueTimes) {
    this.evaluator = evaluator;
    this.owners = owners;
    this.people = people;
    this.dueTimes = dueTimes;
  }

  List<PlannedEffect> plan(Rule rule, int index, RuleEvent event, Map<String, Object> variables, Instant now,
      boolean test) {
    RuleAction action = rule.actions().get(index);
    RecordRef record = event.record();
    if (action instanceof RuleAction.UpdateFields update) {
      return List.of(new PlannedEffect.SetFields(needRecord(record), evaluator.values(update.values(), variables)));
    }
    if (action instanceof RuleAction.AssignOwner assign) {
      long owner = owners.pick(assign.choice(), event.fields(), rule.id() + "#" + index, test);
      return List.of(new PlannedEffect.SetOwner(needRecord(record), owner));
    }
    if (action instanceof RuleAction.CreateRecord create) {
      return List.of(new PlannedEffect.CreateRecord(create.source(), evaluator.values(create.values(), variables)));
    }
    if (action instanceof RuleAction.CreateTodo todo) {
      Instant due = dueTimes.due(now, todo.due());
      List<PlannedEffect> todos = new ArrayList<>();
      for (long assignee : people.resolve(todo.assignees(), event.ownerId())) {
        todos.add(new PlannedEffect.CreateTodo(assignee, todo.title(), due, record));
      }
      return todos;
    }
    if (action instanceof RuleAction.StartProcess start) {
      Long starter = event.actorId() != null ? event.actorId() : event.ownerId();
      return List.of(new PlannedEffect.StartProcess(start.definitionKey(), needRecord(record), starter));
    }
    if (action instanceof RuleAction.Notify notify) {
      Set<Long> recipients = people.resolve(notify.recipients(), event.ownerId());
      return List.of(new PlannedEffect.Notify(recipients, rule.name(), notify.message(), record));
    }
    if (action instanceof RuleAction.CallAction call) {
      return List.of(new PlannedEffect.CallAction(call.actionId(), evaluator.values(call.inputs(), variables), record));
    }
    RuleAction.ReturnToPool pool = (RuleAction.ReturnToPool) action;
    Map<String, Object> status = new HashMap<>();
    status.put(pool.statusField(), pool.statusValue());
    return List.of(new PlannedEffect.SetOwner(needRecord(record), null), new PlannedEffect.SetFields(record, status));
  }

  private static RecordRef needRecord(RecordRef record) {
    if (record == null) {
      throw new WorkflowsException(WorkflowsMessage.of("workflows.rules.run.noRecord"));
    }
    return record;
  }
}
