package io.atrium.workflows.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.atrium.workflows.Org;
import io.atrium.workflows.engine.ActionResult;
import io.atrium.workflows.runtime.Approvals;
import io.atrium.workflows.runtime.DefinitionCatalog;
import io.atrium.workflows.runtime.RuntimeParts;
import io.atrium.workflows.runtime.SourcesForTests;
import io.atrium.workflows.runtime.TaskCommand;
import io.atrium.workflows.runtime.WorkflowsForbiddenException;
import io.atrium.workflows.runtime.WorkflowsNotFoundException;
import io.atrium.workflows.storage.JdbcInstanceStore;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the pages read, on the components as Declarative Services builds them over the test kit's
 * database: the task with the record's fields, its trail and return targets; who may see an
 * instance; and the approval record PDF with fields, comments and sign-off.
 */
class ApprovalViewsTest {

  private final Org org = new Org(kit -> new JdbcInstanceStore(kit.persistence(), kit.transactions()));
  private final Campaigns campaigns = new Campaigns();
  private final Approvals approvals;
  private final ApprovalViews views;
  private final ApprovalPrintouts printouts;
  private final ActionResult afterLead;
  private final String directorTask;

  ApprovalViewsTest() {
    RuntimeParts parts = RuntimeParts.wire(org.kit, SourcesForTests.of(campaigns));
    DefinitionCatalog catalog = parts.catalog();
    approvals = parts.approvals();
    views = org.kit.create(ApprovalViews.class);
    org.kit.register(ApprovalViews.class, views);
    printouts = org.kit.create(ApprovalPrintouts.class);
    catalog.create("forms.campaign", json("{\"key\": \"launch\", \"name\": \"活动立项\", \"admins\": [" + org.root
        + "], \"nodes\": ["
        + "{\"id\": \"start\", \"type\": \"start\", \"name\": \"提交\"},"
        + "{\"id\": \"lead\", \"type\": \"approver\", \"name\": \"经理审批\", \"approvers\": {\"type\": \"managerChain\","
        + " \"levels\": 1}},"
        + "{\"id\": \"inform\", \"type\": \"cc\", \"name\": \"抄送\", \"recipients\": {\"type\": \"users\", \"users\": ["
        + org.dan + "]}},"
        + "{\"id\": \"director\", \"type\": \"approver\", \"name\": \"总监审批\", \"approvers\": {\"type\": \"users\","
        + " \"users\": [" + org.carol + "]}},"
        + "{\"id\": \"end\", \"type\": \"end\", \"name\": \"结束\"}]}"));
    catalog.publish("launch");

    campaigns.add(7, org.alice, "春季发布会 <b>", "150000");
    org.kit.user().userId(org.alice);
    ActionResult started = approvals.start(UUID.randomUUID().toString(), "launch", "forms.campaign/7");
    org.kit.user().userId(org.bob);
    String leadTask = started.instance().pendingTaskOf(org.bob).orElseThrow().id();
    afterLead = approvals.act(leadTask, started.instance().version(), new TaskCommand(TaskCommand.Kind.APPROVE,
        UUID.randomUUID().toString(), "预算合理 <ok>", null, null, false));
    directorTask = afterLead.instance().pendingTaskOf(org.carol).orElseThrow().id();
  }

  @AfterEach
  void close() {
    org.close();
  }

  @Test
  void theTaskShowsTheRecordTheTrailSoFarAndTheEarlierNodesToReturnTo() {
    org.kit.user().userId(org.carol);

    TaskView task = views.task(directorTask);

    assertThat(task.nodeName()).isEqualTo("总监审批");
    assertThat(task.atStart()).isFalse();
    assertThat(task.mayReject()).isTrue();
    assertThat(task.returnTargets()).extracting(ReturnTarget::name).containsExactly("提交", "经理审批");
    assertThat(task.instance().fields()).extracting(ShownField::label, ShownField::text)
        .containsExactly(tuple("活动名称", "春季发布会 <b>"),
            tuple("预算", "150000"));
    assertThat(task.instance().timeline()).extracting(TimelineEntry::kind)
        .containsExactly("started", "approved", "carbon_copied");
    TimelineEntry approved = task.instance().timeline().get(1);
    assertThat(approved.who()).isEqualTo("Bob");
    assertThat(approved.node()).isEqualTo("经理审批");
    assertThat(approved.comment()).isEqualTo("预算合理 <ok>");
    assertThat(task.instance().timeline().get(2).people()).isEqualTo("Dan");
    assertThat(task.instance().diagram()).contains("data-node=\"director\" data-type=\"approver\" data-state=\"current\"");
    assertThat(task.instance().pending()).extracting(InstanceView.PendingTask::assignee).containsExactly("Carol");
  }

  @Test
  void aTaskIsOnlyItsAssigneesAndAnUnknownOneIsNotFound() {
    org.kit.user().userId(org.dan);
    assertThatThrownBy(() -> views.task(directorTask)).isInstanceOf(WorkflowsForbiddenException.class);
    assertThatThrownBy(() -> views.task("no-such-task")).isInstanceOf(WorkflowsNotFoundException.class);
  }

  @Test
  void theSubmitterApproversCcAdminsAndDesignersSeeTheInstanceOthersDoNot() {
    String id = afterLead.instance().id();
    org.kit.user().signIn("someone");
    for (long allowed : new long[] {org.alice, org.bob, org.carol, org.dan, org.root}) {
      org.kit.user().userId(allowed);
      assertThat(views.instance(id).recordLabel()).as("user %d", allowed).isEqualTo("C-7");
    }
    org.kit.user().userId(org.frank);
    assertThatThrownBy(() -> views.instance(id)).isInstanceOf(WorkflowsForbiddenException.class);
    assertThatThrownBy(() -> printouts.pdf(id)).isInstanceOf(WorkflowsForbiddenException.class);
    org.kit.user().signIn("frank", "workflows:design");
    org.kit.user().userId(org.frank);
    assertThat(views.instance(id).processName()).isEqualTo("活动立项");
  }

  @Test
  void theApprovalRecordPdfHoldsTheFieldsTheTrailWithCommentsAndTheSignOff() throws Exception {
    org.kit.user().userId(org.alice);

    byte[] pdf = printouts.pdf(afterLead.instance().id());

    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("审批单", "活动立项", "C-7", "活动名称", "春季发布会 <b>", "150000", "Alice", "Bob",
          "预算合理 <ok>", "经理审批", "同意", "抄送", "Dan", "签字确认");
    }
  }

  @Test
  void theDocumentEscapesEveryValue() {
    org.kit.user().userId(org.alice);
    String xhtml = ApprovalRecordDocument.xhtml(views.instance(afterLead.instance().id()), java.util.Locale.ENGLISH);
    assertThat(xhtml).contains("春季发布会 &lt;b&gt;", "预算合理 &lt;ok&gt;", "Approval record", "Sign-off")
        .doesNotContain("<b>", "<ok>");
  }

  private static JsonValue json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readValue();
    }
  }
}
