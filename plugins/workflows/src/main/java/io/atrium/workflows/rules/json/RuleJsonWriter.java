package io.atrium.workflows.rules.json;

import io.atrium.workflows.rules.DueIn;
import io.atrium.workflows.rules.OwnerChoice;
import io.atrium.workflows.rules.Recipients;
import io.atrium.workflows.rules.Rule;
import io.atrium.workflows.rules.RuleAction;
import io.atrium.workflows.rules.Trigger;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.List;
import java.util.Map;

/** Writes a rule in the form {@link RuleJsonReader} reads; absent optional parts are left out. */
final class RuleJsonWriter {

  private final JsonProvider json;

  RuleJsonWriter(JsonProvider json) {
    this.json = json;
  }

  JsonObject write(Rule rule) {
    JsonObjectBuilder out = json.createObjectBuilder().add("id", rule.id()).add("name", rule.name())
        .add("enabled", rule.enabled());
    optional(out, "source", rule.source());
    out.add("trigger", trigger(rule.trigger()));
    optional(out, "condition", rule.condition());
    JsonArrayBuilder actions = json.createArrayBuilder();
    rule.actions().forEach(a -> actions.add(action(a)));
    return out.add("actions", actions).build();
  }

  private JsonObjectBuilder trigger(Trigger trigger) {
    JsonObjectBuilder out = json.createObjectBuilder();
    if (trigger instanceof Trigger.RecordCreated) {
      out.add("type", "recordCreated");
    } else if (trigger instanceof Trigger.RecordUpdated updated) {
      out.add("type", "recordUpdated");
      optional(out, "field", updated.field());
      optional(out, "changedTo", updated.changedTo());
    } else if (trigger instanceof Trigger.RecordDeleted) {
      out.add("type", "recordDeleted");
    } else if (trigger instanceof Trigger.ApprovalFinished finished) {
      out.add("type", "approvalFinished");
      optional(out, "process", finished.processKey());
      optional(out, "outcome", finished.outcome());
    } else if (trigger instanceof Trigger.Scheduled scheduled) {
      out.add("type", "schedule").add("cron", scheduled.cron());
    } else if (trigger instanceof Trigger.RelativeDate relative) {
      out.add("type", "relativeDate");
      optional(out, "field", relative.field());
      out.add("offset", relative.amount()).add("unit", RuleNames.nameOf(RuleNames.OFFSET_UNITS, relative.unit()))
          .add("at", relative.at().toString()).add("yearly", relative.yearly());
    }
    return out;
  }

  private JsonObjectBuilder action(RuleAction action) {
    JsonObjectBuilder out = json.createObjectBuilder();
    if (action instanceof RuleAction.UpdateFields update) {
      out.add("type", "updateFields").add("values", texts(update.values()));
    } else if (action instanceof RuleAction.AssignOwner assign) {
      out.add("type", "assignOwner").add("owner", owner(assign.choice()));
    } else if (action instanceof RuleAction.CreateRecord create) {
      out.add("type", "createRecord");
      optional(out, "source", create.source());
      out.add("values", texts(create.values()));
    } else if (action instanceof RuleAction.CreateTodo todo) {
      out.add("type", "createTodo");
      optional(out, "title", todo.title());
      out.add("assignees", recipients(todo.assignees())).add("due", json.createObjectBuilder()
          .add("amount", todo.due().amount()).add("unit", RuleNames.nameOf(RuleNames.DUE_UNITS, todo.due().unit())));
    } else if (action instanceof RuleAction.StartProcess start) {
      out.add("type", "startProcess");
      optional(out, "process", start.definitionKey());
    } else if (action instanceof RuleAction.Notify notify) {
      out.add("type", "notify").add("recipients", recipients(notify.recipients()));
      optional(out, "message", notify.message());
    } else if (action instanceof RuleAction.CallAction call) {
      out.add("type", "callAction");
      optional(out, "action", call.actionId());
      out.add("inputs", texts(call.inputs()));
    } else if (action instanceof RuleAction.ReturnToPool pool) {
      out.add("type", "returnToPool");
      optional(out, "statusField", pool.statusField());
      optional(out, "statusValue", pool.statusValue());
    }
    return out;
  }

  private JsonObjectBuilder owner(OwnerChoice choice) {
    JsonObjectBuilder out = json.createObjectBuilder();
    if (choice instanceof OwnerChoice.RoundRobin robin) {
      out.add("type", "roundRobin");
      if (!robin.users().isEmpty()) {
        out.add("users", ids(robin.users()));
      }
      optional(out, "group", robin.group());
    } else if (choice instanceof OwnerChoice.ByMapping mapping) {
      JsonObjectBuilder table = json.createObjectBuilder();
      mapping.table().forEach(table::add);
      out.add("type", "mapping").add("field", mapping.field()).add("table", table);
      if (mapping.otherwise() != null) {
        out.add("otherwise", mapping.otherwise());
      }
    } else if (choice instanceof OwnerChoice.LeastLoaded least) {
      out.add("type", "leastLoaded").add("group", least.group());
    }
    return out;
  }

  private JsonObjectBuilder recipients(Recipients recipients) {
    return json.createObjectBuilder().add("users", ids(recipients.users())).add("owner", recipients.owner())
        .add("supervisor", recipients.supervisor());
  }

  private JsonArrayBuilder ids(List<Long> ids) {
    JsonArrayBuilder out = json.createArrayBuilder();
    ids.forEach(out::add);
    return out;
  }

  private JsonObjectBuilder texts(Map<String, String> texts) {
    JsonObjectBuilder out = json.createObjectBuilder();
    texts.forEach(out::add);
    return out;
  }

  private static void optional(JsonObjectBuilder out, String name, String value) {
    if (value != null) {
      out.add(name, value);
    }
  }
}
