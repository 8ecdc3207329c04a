package io.atrium.workflows.definition.json;

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
import io.atrium.workflows.definition.DepartmentField;
import io.atrium.workflows.definition.DepartmentHead;
import io.atrium.workflows.definition.EdgeRules;
import io.atrium.workflows.definition.ExpressionRule;
import io.atrium.workflows.definition.FieldRights;
import io.atrium.workflows.definition.HandlerNode;
import io.atrium.workflows.definition.ManagerChain;
import io.atrium.workflows.definition.NamedUsers;
import io.atrium.workflows.definition.Node;
import io.atrium.workflows.definition.ParallelNode;
import io.atrium.workflows.definition.ProcessDefinition;
import io.atrium.workflows.definition.RoleMembers;
import io.atrium.workflows.definition.Sla;
import io.atrium.workflows.definition.UserField;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.List;

/** Writes a definition as JSON that {@link DefinitionJsonReader} reads back to an equal definition. */
final class DefinitionJsonWriter {

  private final JsonProvider json;

  DefinitionJsonWriter(JsonProvider json) {
    this.json = json;
  }

  /** The definition as a JSON object. */
  JsonObject write(ProcessDefinition definition) {
    JsonArrayBuilder admins = json.createArrayBuilder();
    definition.admins().forEach(admins::add);
    return json.createObjectBuilder()
        .add("key", definition.key())
        .add("version", definition.version())
        .add("name", definition.name())
        .add("admins", admins)
        .add("nodes", nodes(definition.nodes()))
        .build();
  }

  private JsonArrayBuilder nodes(List<Node> nodes) {
    JsonArrayBuilder array = json.createArrayBuilder();
    nodes.forEach(node -> array.add(node(node)));
    return array;
  }

  private void fields(JsonObjectBuilder out, FieldRights rights) {
    if (!rights.fields().isEmpty()) {
      JsonObjectBuilder fields = json.createObjectBuilder();
      rights.fields().forEach((name, access) -> fields.add(name, JsonNames.name(JsonNames.FIELD_ACCESS, access)));
      out.add("fields", fields);
    }
  }

  private JsonObjectBuilder node(Node node) {
    JsonObjectBuilder out = json.createObjectBuilder().add("id", node.id()).add("type", node.type()).add("name", node.name());
    if (node instanceof ApproverNode approver) {
      out.add("approvers", rule(approver.rule()));
      mode(out, approver.mode());
      edges(out, approver.edges());
      out.add("onReject", JsonNames.name(JsonNames.ON_REJECT, approver.onReject()));
      if (approver.rejectNeedsComment()) {
        out.add("rejectNeedsComment", true);
      }
      fields(out, approver.fields());
      if (approver.needsSignature()) {
        out.add("signature", true);
      }
      if (!approver.sla().isNone()) {
        out.add("sla", sla(approver.sla()));
      }
    } else if (node instanceof HandlerNode handler) {
      out.add("handlers", rule(handler.rule()));
      mode(out, handler.mode());
      edges(out, handler.edges());
      out.add("writableFields", json.createArrayBuilder(handler.writableFields()));
      fields(out, handler.fields());
    } else if (node instanceof CcNode cc) {
      out.add("recipients", rule(cc.rule()));
    } else if (node instanceof ConditionNode condition) {
      out.add("branches", branches(condition.branches(), true));
    } else if (node instanceof ParallelNode parallel) {
      out.add("branches", branches(parallel.branches(), false));
    } else if (node instanceof AutomationNode automation) {
      automation(out, automation.automation());
    } else if (node instanceof DelayNode delay) {
      delay(out, delay.delay());
    }
    return out;
  }

  private JsonArrayBuilder branches(List<Branch> branches, boolean conditional) {
    JsonArrayBuilder array = json.createArrayBuilder();
    for (Branch branch : branches) {
      JsonObjectBuilder out = json.createObjectBuilder().add("id", branch.id()).add("name", branch.name());
      if (conditional && branch.condition() != null) {
        out.add("when", branch.condition());
      }
      if (conditional && branch.isDefault()) {
        out.add("default", true);
      }
      array.add(out.add("nodes", nodes(branch.nodes())));
    }
    return array;
  }

  private JsonObjectBuilder sla(Sla sla) {
    JsonObjectBuilder out = json.createObjectBuilder().add("counting", JsonNames.name(JsonNames.COUNTING, sla.counting()));
    if (sla.remindAfter() != null) {
      out.add("remindAfter", sla.remindAfter().toString());
    }
    if (sla.repeatEvery() != null) {
      out.add("repeatEvery", sla.repeatEvery().toString());
    }
    if (sla.escalateAfter() != null) {
      out.add("escalateAfter", sla.escalateAfter().toString());
    }
    if (sla.escalation() != null) {
      out.add("escalation", JsonNames.name(JsonNames.ESCALATIONS, sla.escalation()));
    }
    return out;
  }

  private void automation(JsonObjectBuilder out, Automation automation) {
    if (automation instanceof Automation.SetField set) {
      out.add("setField", json.createObjectBuilder().add("field", set.field()).add("value", set.value()));
    } else if (automation instanceof Automation.CallAction call) {
      JsonObjectBuilder inputs = json.createObjectBuilder();
      call.inputs().forEach(inputs::add);
      out.add("callAction", json.createObjectBuilder().add("action", call.actionId()).add("inputs", inputs));
    }
  }

  private static void delay(JsonObjectBuilder out, Delay delay) {
    if (delay instanceof Delay.For wait) {
      out.add("after", wait.length().toString()).add("counting", JsonNames.name(JsonNames.COUNTING, wait.counting()));
    } else if (delay instanceof Delay.UntilField until) {
      out.add("untilField", until.field());
    }
  }

  private static void mode(JsonObjectBuilder out, ApprovalMode mode) {
    out.add("mode", JsonNames.name(JsonNames.MODES, mode.kind()));
    if (mode.kind() == ApprovalMode.Kind.VOTE) {
      out.add("votePercent", mode.votePercent());
    }
  }

  private static void edges(JsonObjectBuilder out, EdgeRules edges) {
    out.add("whenNobody", JsonNames.name(JsonNames.WHEN_NOBODY, edges.whenNobody()))
        .add("whenSubmitter", JsonNames.name(JsonNames.WHEN_SUBMITTER, edges.whenSubmitter()))
        .add("approveOnceInARow", edges.approveOnceInARow());
  }

  private JsonObjectBuilder rule(ApproverRule rule) {
    JsonObjectBuilder out = json.createObjectBuilder().add("type", rule.type());
    if (rule instanceof NamedUsers users) {
      JsonArrayBuilder ids = json.createArrayBuilder();
      users.userIds().forEach(ids::add);
      out.add("users", ids);
    } else if (rule instanceof RoleMembers roles) {
      out.add("roles", json.createArrayBuilder(roles.roles()));
    } else if (rule instanceof DepartmentHead head) {
      out.add("levelsUp", head.levelsUp());
    } else if (rule instanceof ManagerChain chain) {
      out.add("levels", chain.levels());
    } else if (rule instanceof UserField field) {
      out.add("field", field.field());
    } else if (rule instanceof DepartmentField field) {
      out.add("field", field.field()).add("levelsUp", field.levelsUp());
    } else if (rule instanceof ExpressionRule expression) {
      out.add("expression", expression.expression());
    } else if (rule instanceof ContributedRule contributed) {
      JsonValues.add(json, out, contributed.config().config());
    } else {
      throw new IllegalArgumentException("No JSON form for approver rule type " + rule.type());
    }
    return out;
  }
}
