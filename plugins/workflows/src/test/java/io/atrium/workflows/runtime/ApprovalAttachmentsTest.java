package io.atrium.workflows.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.sdk.blob.StoredBlob;
import io.atrium.workflows.Org;
import io.atrium.workflows.engine.ProcessInstance;
import io.atrium.workflows.engine.TrailKind;
import io.atrium.workflows.storage.JdbcInstanceStore;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Files that go with a comment: uploaded by the assignee, carried once by an action, tied to its trail entry. */
class ApprovalAttachmentsTest {

  private final Org org = new Org(kit -> new JdbcInstanceStore(kit.persistence(), kit.transactions()));
  private final LeadApprovals lead = new LeadApprovals(org);
  private final ApprovalAttachments attachments = org.kit.create(ApprovalAttachments.class);

  @AfterEach
  void close() {
    org.close();
  }

  @Test
  void theAssigneesUploadGoesWithTheirApprovalAndShowsAtItsTrailEntry() {
    ProcessInstance instance = lead.started();
    ProcessInstance other = lead.started();
    String task = lead.stored(instance).pendingTaskOf(org.bob).orElseThrow().id();
    String otherTask = lead.stored(other).pendingTaskOf(org.bob).orElseThrow().id();

    org.kit.user().userId(org.dan);
    assertThatThrownBy(() -> upload(task, "x.txt")).as("not dan's task")
        .isInstanceOf(WorkflowsForbiddenException.class);
    org.kit.user().userId(org.bob);
    StoredBlob quote = upload(task, "报价单.txt");
    StoredBlob elsewhere = upload(otherTask, "other.txt");
    assertThat(attachments.ofInstance(instance.id())).as("not carried yet").isEmpty();

    assertThatThrownBy(() -> approve(instance, task, List.of(elsewhere.id())))
        .as("uploaded for another task").isInstanceOf(WorkflowsInputException.class);
    approve(instance, task, List.of(quote.id()));

    ProcessInstance after = lead.stored(instance);
    Map<Integer, List<StoredBlob>> carried = attachments.ofInstance(instance.id());
    assertThat(carried).hasSize(1);
    int seq = carried.keySet().iterator().next();
    assertThat(after.trail().get(seq).kind()).isEqualTo(TrailKind.APPROVED);
    assertThat(carried.get(seq)).extracting(StoredBlob::filename).containsExactly("报价单.txt");
    assertThat(attachments.carried(instance.id(), quote.id())).isPresent();
    assertThat(attachments.carried(other.id(), quote.id())).as("another instance's file").isEmpty();
    assertThat(attachments.carried(other.id(), elsewhere.id())).as("uploaded, never carried").isEmpty();

    assertThatThrownBy(() -> approve(other, otherTask, List.of(quote.id())))
        .as("a file goes with one action only").isInstanceOf(WorkflowsInputException.class);
  }

  private StoredBlob upload(String task, String name) {
    return attachments.upload(task, name, new ByteArrayInputStream("报价 100".getBytes(StandardCharsets.UTF_8)));
  }

  private void approve(ProcessInstance instance, String task, List<String> files) {
    lead.parts.approvals().act(task, lead.stored(instance).version(), new TaskCommand(TaskCommand.Kind.APPROVE,
        UUID.randomUUID().toString(), "见附件", null, null, false, Map.of(), null, files));
  }
}
