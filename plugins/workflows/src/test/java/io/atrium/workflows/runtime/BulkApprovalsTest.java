package io.atrium.workflows.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.sdk.portal.BulkResult;
import io.atrium.workflows.Org;
import io.atrium.workflows.engine.ApprovalStatus;
import io.atrium.workflows.engine.ProcessInstance;
import io.atrium.workflows.storage.JdbcInstanceStore;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bulk approve from the to-do center: each task as if approved on its own, the refused ones with the reason. */
class BulkApprovalsTest {

  private final Org org = new Org(kit -> new JdbcInstanceStore(kit.persistence(), kit.transactions()));
  private final LeadApprovals lead = new LeadApprovals(org);
  private final Approvals approvals = lead.parts.approvals();

  @AfterEach
  void close() {
    org.close();
  }

  @Test
  void theSelectedTasksAreApprovedOneByOneAndARefusedOneSaysWhy() {
    ProcessInstance first = started();
    ProcessInstance second = started();
    ProcessInstance taken = started();
    String firstTask = bobsTask(first);
    String secondTask = bobsTask(second);
    String takenTask = bobsTask(taken);
    // one of them is transferred away before the bulk action arrives
    org.kit.user().userId(org.bob);
    approvals.act(takenTask, stored(taken).version(), new TaskCommand(TaskCommand.Kind.TRANSFER,
        UUID.randomUUID().toString(), null, null, org.dan, false));

    BulkResult result = new BulkApprovals(approvals).approve(List.of(firstTask, takenTask, secondTask), "ok",
        Locale.ENGLISH);

    assertThat(result.done()).containsExactly(firstTask, secondTask);
    assertThat(result.failed()).containsOnlyKeys(takenTask);
    assertThat(result.failed().get(takenTask)).contains("no longer open");
    assertThat(stored(first).approvalStatus()).isEqualTo(ApprovalStatus.APPROVED);
    assertThat(stored(second).approvalStatus()).isEqualTo(ApprovalStatus.APPROVED);
    assertThat(stored(taken).approvalStatus()).isEqualTo(ApprovalStatus.IN_APPROVAL);
    assertThat(stored(first).trail()).anyMatch(e -> "ok".equals(e.comment()) && e.actorId() == org.bob);
  }

  private String bobsTask(ProcessInstance instance) {
    return stored(instance).pendingTaskOf(org.bob).orElseThrow().id();
  }

  private ProcessInstance started() {
    return lead.started();
  }

  private ProcessInstance stored(ProcessInstance instance) {
    return lead.stored(instance);
  }
}
