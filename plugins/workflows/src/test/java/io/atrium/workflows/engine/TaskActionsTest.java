package io.atrium.workflows.engine;

import static io.atrium.workflows.Flows.approver;
import static io.atrium.workflows.Flows.process;
import static io.atrium.workflows.Flows.users;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.workflows.Org;
import io.atrium.workflows.WorkflowsException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Transfer (转交), add signer (加签) before and after, and withdraw (撤回). */
class TaskActionsTest {

  private final Org org = new Org();

  @AfterEach
  void close() {
    org.close();
  }

  @Test
  void aTransferredTaskIsDecidedByTheTransferee() {
    org.publish(process("p", org.root, approver("a", users(org.bob, org.carol))));
    ProcessInstance instance = org.start("p", Map.of());
    Task bobs = org.taskOf(instance, org.bob);
    ActionResult transferred = org.act(instance, id -> new Action.Transfer(id, org.bob, bobs.id(), org.dan, "on leave"));

    assertThat(transferred.instance().task(bobs.id()).orElseThrow().status()).isEqualTo(TaskStatus.TRANSFERRED);
    assertThat(org.pending(instance)).containsExactly(org.dan);
    assertThat(transferred.instance().pendingTaskOf(org.dan).orElseThrow().origin()).isEqualTo(TaskOrigin.TRANSFER);
    org.approve(instance, org.dan);
    // the transferee took bob's seat; the sequence goes on with the next approver
    assertThat(org.pending(instance)).containsExactly(org.carol);
  }

  @Test
  void aTransferGoesOnlyToAnActivePersonWithoutATaskAtTheNode() {
    org.publish(process("p", org.root, approver("a", users(org.bob, org.carol), "\"mode\": \"countersign\"")));
    ProcessInstance instance = org.start("p", Map.of());
    Task bobs = org.taskOf(instance, org.bob);
    assertThatThrownBy(() -> org.act(instance, id -> new Action.Transfer(id, org.bob, bobs.id(), org.carol, null)))
        .isInstanceOf(WorkflowsException.class).hasMessageContaining("already has a task at this node");
    assertThatThrownBy(() -> org.act(instance, id -> new Action.Transfer(id, org.bob, bobs.id(), 999, null)))
        .isInstanceOf(WorkflowsException.class).hasMessageContaining("User 999 is not an active user");
    assertThatThrownBy(() -> org.act(instance, id -> new Action.Transfer(id, org.dan, bobs.id(), org.erin, null)))
        .isInstanceOf(WorkflowsException.class).hasMessageContaining("is not yours");
  }

  @Test
  void aSignerAddedBeforeApprovesFirstThenTheTaskComesBack() {
    org.publish(process("p", org.root, approver("a", users(org.bob))));
    ProcessInstance instance = org.start("p", Map.of());
    Task bobs = org.taskOf(instance, org.bob);
    org.act(instance, id -> new Action.AddSigner(id, org.bob, bobs.id(), org.erin, true, "check the numbers"));
    assertThat(org.pending(instance)).containsExactly(org.erin);

    org.approve(instance, org.erin);
    assertThat(org.pending(instance)).containsExactly(org.bob);
    assertThat(org.approve(instance, org.bob).approvalStatus()).isEqualTo(ApprovalStatus.APPROVED);
  }

  @Test
  void aSignerAddedAfterMustApproveTooEvenInAnOrSign() {
    org.publish(process("p", org.root, approver("a", users(org.bob, org.carol), "\"mode\": \"orSign\""),
        approver("z", users(org.gina))));
    ProcessInstance instance = org.start("p", Map.of());
    Task bobs = org.taskOf(instance, org.bob);
    ActionResult added = org.act(instance, id -> new Action.AddSigner(id, org.bob, bobs.id(), org.erin, false, null));
    assertThat(added.instance().task(bobs.id()).orElseThrow().status()).isEqualTo(TaskStatus.APPROVED);
    assertThat(org.pending(instance)).containsExactly(org.carol, org.erin);

    org.approve(instance, org.erin);
    // bob's seat is complete, and one seat decides an or-sign
    assertThat(org.pending(instance)).containsExactly(org.gina);
  }

  @Test
  void aNodeThatAsksWhyRefusesARejectWithoutAComment() {
    org.publish(process("p", org.root, approver("a", users(org.bob), "\"rejectNeedsComment\": true")));
    ProcessInstance instance = org.start("p", Map.of());
    Task bobs = org.taskOf(instance, org.bob);
    assertThatThrownBy(() -> org.act(instance, id -> new Action.Reject(id, org.bob, bobs.id(), "  ")))
        .isInstanceOf(WorkflowsException.class).hasMessageContaining("needs a comment");
    assertThat(org.act(instance, id -> new Action.Reject(id, org.bob, bobs.id(), "over budget")).approvalStatus())
        .isEqualTo(ApprovalStatus.REJECTED);
    assertThat(org.json.write(org.definitions.latest("p").orElseThrow())).contains("\"rejectNeedsComment\":true");
  }

  @Test
  void theSubmitterMayWithdrawUntilAnApproverActs() {
    org.publish(process("p", org.root, approver("a", users(org.bob)), approver("b", users(org.carol))));
    ProcessInstance early = org.start("p", Map.of());
    assertThatThrownBy(() -> org.act(early, id -> new Action.Withdraw(id, org.bob, null)))
        .isInstanceOf(WorkflowsException.class).hasMessageContaining("Only the submitter");
    ActionResult withdrawn = org.act(early, id -> new Action.Withdraw(id, org.alice, "wrong form"));
    assertThat(withdrawn.approvalStatus()).isEqualTo(ApprovalStatus.WITHDRAWN);
    assertThat(withdrawn.instance().pendingTasks()).isEmpty();

    ProcessInstance late = org.start("p", Map.of());
    org.approve(late, org.bob);
    assertThatThrownBy(() -> org.act(late, id -> new Action.Withdraw(id, org.alice, null)))
        .isInstanceOf(WorkflowsException.class).hasMessageContaining("an approver has already acted");
  }

  @Test
  void aRecordBackWithTheSubmitterMayBeWithdrawnAndAResubmissionStartsTheCountAgain() {
    org.publish(process("p", org.root, approver("a", users(org.bob)), approver("b", users(org.carol))));
    ProcessInstance instance = org.start("p", Map.of());
    org.approve(instance, org.bob);
    org.returnTo(instance, org.carol, "start");
    org.approve(instance, org.alice);
    // bob acted before the resubmission, not after it
    assertThat(org.act(instance, id -> new Action.Withdraw(id, org.alice, null)).approvalStatus())
        .isEqualTo(ApprovalStatus.WITHDRAWN);
  }
}
