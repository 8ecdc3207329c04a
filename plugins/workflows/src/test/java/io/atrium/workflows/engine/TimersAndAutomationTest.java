package io.atrium.workflows.engine;

import static io.atrium.workflows.Flows.approver;
import static io.atrium.workflows.Flows.process;
import static io.atrium.workflows.Flows.users;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.sdk.workflow.WorkflowAction;
import io.atrium.workflows.Org;
import io.atrium.workflows.WorkflowsException;
import io.atrium.workflows.action.ActionRegistry;
import io.atrium.workflows.definition.DefinitionProblem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Automation and delay nodes, SLA reminders and escalations, the due timers, and contributed rules. */
class TimersAndAutomationTest {

  private final Org org = new Org();
  private final ActionRegistry actions = new ActionRegistry();
  private final List<String> written = new ArrayList<>();
  private final WorkflowEngine engine = new WorkflowEngine(org.definitions, org.store,
      ref -> org.records.getOrDefault(ref, Map.of()), org.strategies, org.directory, org.kit.expressions(),
      org.kit.clock().asClock(), new EngineHooks((ref, field, value) -> {
        written.add(field + "=" + value);
        org.records.get(ref).put(field, value);
      }, actions, org.kit.calendar()));

  @AfterEach
  void close() {
    org.close();
  }

  private ProcessInstance start(String json, Map<String, Object> fields) {
    org.definitions.publish(org.json.read(json));
    String record = "test:" + UUID.randomUUID();
    org.records.put(record, new HashMap<>(fields));
    return engine.start(UUID.randomUUID().toString(), "p", record, org.alice).instance();
  }

  @Test
  void anAutomationNodeSetsAFieldAndCallsAContributedAction() {
    List<Object> calls = new ArrayList<>();
    actions.add(new WorkflowAction() {
      @Override
      public String id() {
        return "crm.tag";
      }

      @Override
      public String nameKey() {
        return "crm.tag.name";
      }

      @Override
      public void run(String recordRef, Map<String, Object> inputs, Map<String, Object> variables) {
        calls.add(inputs.get("total"));
      }
    });
    ProcessInstance instance = start(process("p", org.root,
        "{\"id\": \"tax\", \"type\": \"automation\", \"setField\": {\"field\": \"total\", \"value\": \"amount * 2\"}}",
        "{\"id\": \"tag\", \"type\": \"automation\", \"callAction\": {\"action\": \"crm.tag\","
            + " \"inputs\": {\"total\": \"total + 1\"}}}"), Map.of("amount", 5L));
    assertThat(written).containsExactly("total=10");
    assertThat(calls).containsExactly(11L);
    assertThat(instance.status()).isEqualTo(InstanceStatus.APPROVED);
  }

  @Test
  void aDelayWaitsUntilDueAndWakingIsIdempotent() {
    ProcessInstance instance = start(process("p", org.root,
        "{\"id\": \"wait\", \"type\": \"delay\", \"after\": \"PT2H\", \"counting\": \"calendar\"}",
        approver("lead", users(org.bob))), Map.of());
    Token token = instance.tokens().get(0);
    assertThat(token.waiting()).isTrue();
    assertThat(engine.dueTimers(instance.id())).extracting(DueTimer::kind).containsExactly(DueTimer.Kind.WAKE);
    assertThatThrownBy(() -> engine.wake(instance.id(), token.id(), token.visit(), instance.version()))
        .isInstanceOf(WorkflowsException.class).hasMessageContaining("not due");
    org.kit.clock().advance(Duration.ofHours(2));
    ActionResult woken = engine.wake(instance.id(), token.id(), token.visit(), instance.version());
    assertThat(woken.repeated()).isFalse();
    assertThat(woken.instance().pendingTaskOf(org.bob)).isPresent();
    assertThat(engine.wake(instance.id(), token.id(), token.visit(), instance.version()).repeated()).isTrue();
  }

  @Test
  void remindersRepeatOncePerFiringAndTheEscalationApprovesAsTheSystem() {
    ProcessInstance instance = start(process("p", org.root, approver("lead", users(org.bob),
        "\"sla\": {\"remindAfter\": \"PT1H\", \"repeatEvery\": \"PT1H\", \"escalateAfter\": \"PT3H\","
            + " \"escalation\": \"autoApprove\"}")), Map.of());
    Task task = instance.pendingTaskOf(org.bob).orElseThrow();
    assertThat(engine.dueTimers(instance.id())).extracting(DueTimer::kind)
        .containsExactly(DueTimer.Kind.REMIND, DueTimer.Kind.ESCALATE);
    assertThatThrownBy(() -> engine.remind(instance.id(), task.id(), 1)).isInstanceOf(WorkflowsException.class);
    org.kit.clock().advance(Duration.ofHours(1));
    assertThat(engine.remind(instance.id(), task.id(), 1).recipients()).containsExactly(org.bob);
    assertThat(engine.remind(instance.id(), task.id(), 1).recipients()).isEmpty();
    assertThat(engine.dueTimers(instance.id()).get(0).firing()).isEqualTo(2);
    org.kit.clock().advance(Duration.ofHours(2));
    long version = engine.instance(instance.id()).orElseThrow().version();
    assertThatThrownBy(() -> engine.escalate(instance.id(), task.id(), version - 1))
        .isInstanceOf(StaleInstanceException.class);
    ActionResult escalated = engine.escalate(instance.id(), task.id(), version);
    assertThat(escalated.instance().status()).isEqualTo(InstanceStatus.APPROVED);
    assertThat(escalated.instance().trail()).extracting(TrailEntry::kind).contains(TrailKind.ESCALATION_APPROVED);
    assertThat(engine.escalate(instance.id(), task.id(), version).repeated()).isTrue();
  }

  @Test
  void anUnknownRuleTypeIsKeptAndTheValidatorNamesIt() {
    var definition = org.json.read(process("p", org.root,
        approver("lead", "{\"type\": \"crm.owner\", \"levels\": 2}")));
    assertThat(org.json.read(org.json.write(definition))).isEqualTo(definition);
    assertThat(org.validator.validate(definition, null)).extracting(DefinitionProblem::toString).containsExactly(
        "$.nodes[1].approvers.type: No installed plugin provides approver rules of type crm.owner; install or enable"
            + " the plugin that does, or choose another rule.");
  }
}
