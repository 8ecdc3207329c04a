package io.atrium.workflows.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.sdk.record.RecordStatus;
import io.atrium.workflows.Org;
import io.atrium.workflows.engine.ActionResult;
import io.atrium.workflows.engine.ApprovalStatus;
import io.atrium.workflows.storage.JdbcInstanceStore;
import io.atrium.workflows.storage.JdbcTaskQueries;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The components on the test kit's database, as Declarative Services builds them: publishing, a
 * start and approvals as the signed-in user, the record's status and notifications with them.
 */
class ApprovalsTest {

  private final Org org = new Org(kit -> new JdbcInstanceStore(kit.persistence(), kit.transactions()));
  private final MemoryRecordSource campaigns = new MemoryRecordSource();
  private final Approvals approvals;
  private final MyTasks tasks;

  ApprovalsTest() {
    RecordSources sources = new RecordSources();
    sources.addSource(campaigns);
    RuntimeParts parts = RuntimeParts.wire(org.kit, sources);
    DefinitionCatalog catalog = parts.catalog();
    approvals = parts.approvals();
    tasks = org.kit.create(MyTasks.class);
    catalog.create("forms.campaign", json("{\"key\": \"budget\", \"name\": \"Budget\", \"admins\": [" + org.root
        + "], \"nodes\": ["
        + "{\"id\": \"start\", \"type\": \"start\", \"name\": \"Submit\"},"
        + "{\"id\": \"lead\", \"type\": \"approver\", \"name\": \"Lead\", \"approvers\": {\"type\": \"managerChain\","
        + " \"levels\": 1}},"
        + "{\"id\": \"amount\", \"type\": \"condition\", \"name\": \"Amount\", \"branches\": ["
        + "{\"id\": \"big\", \"name\": \"Big\", \"when\": \"budget > 100000\", \"nodes\": ["
        + "{\"id\": \"director\", \"type\": \"approver\", \"name\": \"Director\", \"approvers\": {\"type\": \"users\","
        + " \"users\": [" + org.carol + "]}}]},"
        + "{\"id\": \"other\", \"name\": \"Other\", \"default\": true, \"nodes\": []}]},"
        + "{\"id\": \"end\", \"type\": \"end\", \"name\": \"End\"}]}"));
    assertThat(catalog.publish("budget").version()).isEqualTo(1);
  }

  @AfterEach
  void close() {
    org.close();
  }

  @Test
  void aBigBudgetGoesToTheDirectorAndTheRecordFollowsTheInstance() {
    long id = campaigns.add(7, org.alice, "150000");
    org.kit.user().userId(org.alice);
    ActionResult started = approvals.start(UUID.randomUUID().toString(), "budget", "forms.campaign/7");
    assertThat(campaigns.get(id).orElseThrow().status()).isEqualTo(RecordStatus.IN_APPROVAL);
    assertThat(org.kit.notifier().sent(ApprovalNotices.ASSIGNED)).anyMatch(n -> n.recipients().contains(org.bob));

    org.kit.user().userId(org.carol);
    String bobsTask = started.instance().pendingTaskOf(org.bob).orElseThrow().id();
    assertThatThrownBy(() -> approvals.act(bobsTask, 1, approve())).isInstanceOf(WorkflowsForbiddenException.class);

    org.kit.user().userId(org.bob);
    assertThat(tasks.page(0, 10).total()).isEqualTo(1);
    ActionResult afterBob = approvals.act(bobsTask, 1, approve());
    assertThat(afterBob.approvalStatus()).isEqualTo(ApprovalStatus.IN_APPROVAL);
    assertThat(tasks.page(0, 10).total()).isZero();

    org.kit.user().userId(org.carol);
    String carolsTask = afterBob.instance().pendingTaskOf(org.carol).orElseThrow().id();
    ActionResult done = approvals.act(carolsTask, afterBob.instance().version(), approve());
    assertThat(done.approvalStatus()).isEqualTo(ApprovalStatus.APPROVED);
    assertThat(campaigns.get(id).orElseThrow().status()).isEqualTo(RecordStatus.APPROVED);
    assertThat(org.kit.notifier().sent(ApprovalNotices.ENDED)).anyMatch(n -> n.recipients().contains(org.alice));
  }

  @Test
  void whenTheRecordRefusesItsStatusNothingOfTheStartIsStored() {
    campaigns.add(8, org.alice, "100");
    campaigns.failStatus = true;
    org.kit.user().userId(org.alice);
    assertThatThrownBy(() -> approvals.start(UUID.randomUUID().toString(), "budget", "forms.campaign/8"))
        .hasMessageContaining("refused the status");
    JdbcTaskQueries queries = new JdbcTaskQueries(org.kit.persistence(), org.kit.transactions());
    assertThat(queries.countOpen(org.bob)).as("the instance rolled back with the status").isZero();
  }

  @Test
  void onlyTheOwnerOrCreatorStarts() {
    campaigns.add(9, org.alice, "100");
    org.kit.user().userId(org.dan);
    assertThatThrownBy(() -> approvals.start(UUID.randomUUID().toString(), "budget", "forms.campaign/9"))
        .isInstanceOf(WorkflowsForbiddenException.class);
    assertThatThrownBy(() -> approvals.start(UUID.randomUUID().toString(), "budget", "campaign-9"))
        .isInstanceOf(WorkflowsInputException.class);
  }

  private static TaskCommand approve() {
    return new TaskCommand(TaskCommand.Kind.APPROVE, UUID.randomUUID().toString(), "ok", null, null, false);
  }

  private static JsonValue json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readValue();
    }
  }
}
