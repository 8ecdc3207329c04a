package io.atrium.workflows.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.workflows.Org;
import io.atrium.workflows.engine.ActionResult;
import io.atrium.workflows.runtime.Approvals;
import io.atrium.workflows.runtime.DefinitionCatalog;
import io.atrium.workflows.runtime.RuntimeParts;
import io.atrium.workflows.runtime.SourcesForTests;
import io.atrium.workflows.runtime.TaskCommand;
import io.atrium.workflows.runtime.WorkflowsInputException;
import io.atrium.workflows.storage.JdbcInstanceStore;
import jakarta.json.Json;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Field permissions per node (字段权限): the lead may change the budget with their approval, the
 * director does not see the title, and the pages show each reader what their nodes allow.
 */
class FieldPermissionsTest {

  private final Org org = new Org(kit -> new JdbcInstanceStore(kit.persistence(), kit.transactions()));
  private final Campaigns campaigns = new Campaigns();
  private final Approvals approvals;
  private final ApprovalViews views;
  private final ActionResult started;

  FieldPermissionsTest() {
    RuntimeParts parts = RuntimeParts.wire(org.kit, SourcesForTests.of(campaigns));
    DefinitionCatalog catalog = parts.catalog();
    approvals = parts.approvals();
    views = org.kit.create(ApprovalViews.class);
    try (var reader = Json.createReader(new StringReader("{\"key\": \"launch\", \"name\": \"活动立项\", \"admins\": ["
        + org.root + "], \"nodes\": [{\"id\": \"start\", \"type\": \"start\", \"name\": \"提交\"},"
        + "{\"id\": \"lead\", \"type\": \"approver\", \"name\": \"经理审批\", \"approvers\": {\"type\": \"users\","
        + " \"users\": [" + org.bob + "]}, \"fields\": {\"budget\": \"write\"}},"
        + "{\"id\": \"director\", \"type\": \"approver\", \"name\": \"总监审批\", \"approvers\": {\"type\": \"users\","
        + " \"users\": [" + org.carol + "]}, \"fields\": {\"title\": \"hidden\"}},"
        + "{\"id\": \"end\", \"type\": \"end\", \"name\": \"结束\"}]}"))) {
      catalog.create("forms.campaign", reader.readValue());
    }
    catalog.publish("launch");
    campaigns.add(7, org.alice, "春季发布会", "150000");
    org.kit.user().userId(org.alice);
    started = approvals.start(UUID.randomUUID().toString(), "launch", "forms.campaign/7");
  }

  @AfterEach
  void close() {
    org.close();
  }

  @Test
  void theLeadChangesTheWritableBudgetWithTheApprovalAndNothingElse() {
    org.kit.user().userId(org.bob);
    String leadTask = started.instance().pendingTaskOf(org.bob).orElseThrow().id();
    TaskView task = views.task(leadTask);
    assertThat(task.instance().fields()).filteredOn(ShownField::writable).singleElement()
        .satisfies(f -> assertThat(f.name()).isEqualTo("budget"))
        .satisfies(f -> assertThat(f.input()).isEqualTo("150000"));

    assertThatThrownBy(() -> approve(leadTask, started.instance().version(), Map.of("title", "改名")))
        .isInstanceOf(WorkflowsInputException.class)
        .satisfies(e -> assertThat(((WorkflowsInputException) e).getMessage(Locale.ENGLISH))
            .contains("The field title cannot be changed at \"经理审批\""));
    assertThatThrownBy(() -> approve(leadTask, started.instance().version(), Map.of("budget", "x")))
        .as("a reject/return does not carry values").isInstanceOf(WorkflowsInputException.class);

    approve(leadTask, started.instance().version(), Map.of("budget", new BigDecimal("90000")));
    assertThat(campaigns.get(7).orElseThrow().values()).containsEntry("budget", new BigDecimal("90000"))
        .containsEntry("title", "春季发布会");
  }

  @Test
  void theDirectorDoesNotSeeTheHiddenTitleOnTheTaskNorOnTheInstancePageButTheSubmitterDoes() {
    org.kit.user().userId(org.bob);
    String leadTask = started.instance().pendingTaskOf(org.bob).orElseThrow().id();
    ActionResult afterLead = approve(leadTask, started.instance().version(), Map.of());
    String directorTask = afterLead.instance().pendingTaskOf(org.carol).orElseThrow().id();

    org.kit.user().signIn("carol"); // without workflows:design, which sees every field
    org.kit.user().userId(org.carol);
    assertThat(views.task(directorTask).instance().fields()).extracting(ShownField::name).containsExactly("budget");
    assertThat(views.instance(started.instance().id()).fields()).extracting(ShownField::name)
        .containsExactly("budget");
    org.kit.user().userId(org.alice);
    assertThat(views.instance(started.instance().id()).fields()).extracting(ShownField::name)
        .containsExactly("title", "budget");
    org.kit.user().userId(org.bob);
    assertThat(views.instance(started.instance().id()).fields()).as("nothing is hidden at the lead's node")
        .extracting(ShownField::name).containsExactly("title", "budget");
  }

  private ActionResult approve(String taskId, long version, Map<String, Object> values) {
    TaskCommand.Kind kind = values.containsValue("x") ? TaskCommand.Kind.REJECT : TaskCommand.Kind.APPROVE;
    return approvals.act(taskId, version, new TaskCommand(kind, UUID.randomUUID().toString(), null, null, null,
        false, values));
  }
}
