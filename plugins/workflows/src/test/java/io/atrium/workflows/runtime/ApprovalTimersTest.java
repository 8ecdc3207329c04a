package io.atrium.workflows.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.sdk.record.RecordStatus;
import io.atrium.sdk.testkit.TestScheduler;
import io.atrium.workflows.Org;
import io.atrium.workflows.engine.ActionResult;
import io.atrium.workflows.engine.ProcessInstance;
import io.atrium.workflows.engine.TrailEntry;
import io.atrium.workflows.engine.TrailKind;
import io.atrium.workflows.storage.JdbcInstanceStore;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The engine's timers on the platform's scheduler, as Declarative Services wires them: a step plans
 * its instance's timers, and the timer job wakes a delay, reminds and escalates through the same path
 * as a person's action (record status, notifications, the next timers).
 */
class ApprovalTimersTest {

  private final Org org = new Org(kit -> new JdbcInstanceStore(kit.persistence(), kit.transactions()));
  private final MemoryRecordSource campaigns = new MemoryRecordSource();
  private final TestScheduler scheduler = org.kit.scheduler();
  private final Approvals approvals;
  private final ApprovalEngine parts;

  ApprovalTimersTest() {
    RuntimeParts wired = RuntimeParts.wire(org.kit, SourcesForTests.of(campaigns));
    parts = wired.engine();
    approvals = wired.approvals();
    DefinitionCatalog catalog = wired.catalog();
    catalog.create("forms.campaign", json("{\"key\": \"slow\", \"name\": \"Slow\", \"admins\": [" + org.root
        + "], \"nodes\": ["
        + "{\"id\": \"start\", \"type\": \"start\", \"name\": \"Submit\"},"
        + "{\"id\": \"wait\", \"type\": \"delay\", \"name\": \"Cool off\", \"after\": \"PT2H\", \"counting\": \"calendar\"},"
        + "{\"id\": \"lead\", \"type\": \"approver\", \"name\": \"Lead\", \"approvers\": {\"type\": \"users\", \"users\": ["
        + org.bob + "]}, \"sla\": {\"remindAfter\": \"PT1H\", \"repeatEvery\": \"PT1H\", \"escalateAfter\": \"PT3H\","
        + " \"escalation\": \"autoApprove\"}},"
        + "{\"id\": \"end\", \"type\": \"end\", \"name\": \"End\"}]}"));
    catalog.publish("slow");
  }

  @AfterEach
  void close() {
    org.close();
  }

  @Test
  void aDelayWakesThenTheSlaRemindsTwiceAndApprovesOnTheAssigneesBehalf() throws Exception {
    long id = campaigns.add(3, org.alice, "100");
    org.kit.user().userId(org.alice);
    ActionResult started = approvals.start(UUID.randomUUID().toString(), "slow", "forms.campaign/3");
    assertThat(scheduler.scheduled()).as("the delay's wake-up").singleElement()
        .satisfies(run -> assertThat(run.data()).containsEntry("instance", started.instance().id())
            .containsEntry("kind", "WAKE"));
    assertThat(scheduler.runDue()).as("nothing is due before two hours").isZero();

    org.kit.clock().advance(Duration.ofHours(2));
    assertThat(scheduler.runDue()).isEqualTo(1);
    assertThat(org.kit.notifier().sent(ApprovalNotices.ASSIGNED)).anyMatch(n -> n.recipients().contains(org.bob));
    assertThat(scheduler.scheduled()).extracting(TestScheduler.Run::runId).as("the SLA's next reminder and escalation")
        .anyMatch(r -> r.startsWith("remind:")).anyMatch(r -> r.startsWith("escalate:"));

    org.kit.clock().advance(Duration.ofHours(1));
    scheduler.runDue();
    org.kit.clock().advance(Duration.ofHours(1));
    scheduler.runDue();
    assertThat(org.kit.notifier().sent(ApprovalNotices.REMINDED)).as("one reminder an hour").hasSize(2)
        .allMatch(n -> n.recipients().contains(org.bob));
    assertThat(campaigns.get(id).orElseThrow().status()).isEqualTo(RecordStatus.IN_APPROVAL);

    org.kit.clock().advance(Duration.ofHours(1));
    scheduler.runDue();
    assertThat(campaigns.get(id).orElseThrow().status()).as("escalated after three hours").isEqualTo(RecordStatus.APPROVED);
    assertThat(org.kit.notifier().sent(ApprovalNotices.ESCALATED)).anyMatch(n -> n.recipients().contains(org.bob));
    assertThat(org.kit.notifier().sent(ApprovalNotices.ENDED)).anyMatch(n -> n.recipients().contains(org.alice));
    assertThat(stored(started.instance().id()).trail()).extracting(TrailEntry::kind)
        .contains(TrailKind.ESCALATION_APPROVED);

    org.kit.clock().advance(Duration.ofHours(5));
    scheduler.runDue();
    assertThat(org.kit.notifier().sent(ApprovalNotices.REMINDED)).as("no reminder once decided").hasSize(2);
  }

  @Test
  void aTimerOfADecidedTaskChangesNothing() throws Exception {
    campaigns.add(4, org.alice, "100");
    org.kit.user().userId(org.alice);
    ActionResult started = approvals.start(UUID.randomUUID().toString(), "slow", "forms.campaign/4");
    org.kit.clock().advance(Duration.ofHours(2));
    scheduler.runDue();
    ProcessInstance waiting = stored(started.instance().id());
    org.kit.user().userId(org.bob);
    String task = waiting.pendingTaskOf(org.bob).orElseThrow().id();
    approvals.act(task, waiting.version(), new TaskCommand(TaskCommand.Kind.APPROVE,
        UUID.randomUUID().toString(), "ok", null, null, false));

    org.kit.clock().advance(Duration.ofHours(4));
    scheduler.runDue();
    assertThat(org.kit.notifier().sent(ApprovalNotices.REMINDED)).isEmpty();
    assertThat(org.kit.notifier().sent(ApprovalNotices.ESCALATED)).isEmpty();
  }

  private ProcessInstance stored(String instanceId) {
    return org.kit.transactions().required(() -> parts.instances().find(instanceId).orElseThrow());
  }

  private static JsonValue json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readValue();
    }
  }
}
