package io.atrium.workflows.engine;

import static io.atrium.workflows.Flows.approver;
import static io.atrium.workflows.Flows.branch;
import static io.atrium.workflows.Flows.parallel;
import static io.atrium.workflows.Flows.process;
import static io.atrium.workflows.Flows.users;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.workflows.Org;
import io.atrium.workflows.WorkflowsException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Return (退回) to the previous or any earlier node, and reject back to the submitter. */
class ReturnTest {

  private final Org org = new Org();

  @AfterEach
  void close() {
    org.close();
  }

  private ProcessInstance threeSteps() {
    org.publish(process("p", org.root,
        approver("lead", users(org.bob)),
        approver("finance", users(org.erin, org.frank), "\"mode\": \"countersign\""),
        approver("director", users(org.carol))));
    ProcessInstance instance = org.start("p", Map.of());
    org.approve(instance, org.bob);
    org.approve(instance, org.erin);
    org.approve(instance, org.frank);
    return instance;
  }

  @Test
  void returningToThePreviousNodeAsksItsApproversAgain() {
    ProcessInstance instance = threeSteps();
    org.returnTo(instance, org.carol, null);
    // the countersign starts over: both approved before, both must approve again
    assertThat(org.pending(instance)).containsExactly(org.erin, org.frank);
    org.approve(instance, org.erin);
    assertThat(org.pending(instance)).containsExactly(org.frank);
    org.approve(instance, org.frank);
    assertThat(org.pending(instance)).containsExactly(org.carol);
    assertThat(org.approve(instance, org.carol).approvalStatus()).isEqualTo(ApprovalStatus.APPROVED);
  }

  @Test
  void returningToAnEarlierNodeVisitsEveryNodeAfterItAgain() {
    ProcessInstance instance = threeSteps();
    ActionResult returned = org.returnTo(instance, org.carol, "lead");
    assertThat(returned.instance().trail()).last().satisfies(e -> assertThat(e.kind()).isEqualTo(TrailKind.RETURNED));
    assertThat(org.pending(instance)).containsExactly(org.bob);
    org.approve(instance, org.bob);
    assertThat(org.pending(instance)).containsExactly(org.erin, org.frank);
  }

  @Test
  void returningToTheStartHandsTheRecordBackToTheSubmitter() {
    ProcessInstance instance = threeSteps();
    assertThat(org.engine.returnTargets(instance.id(), org.taskOf(instance, org.carol).id()))
        .containsExactly("finance", "lead", "start");
    ActionResult returned = org.returnTo(instance, org.carol, "start");
    assertThat(returned.approvalStatus()).isEqualTo(ApprovalStatus.DRAFT);
    assertThat(org.pending(instance)).containsExactly(org.alice);
    assertThatThrownBy(() -> org.reject(instance, org.alice))
        .isInstanceOf(WorkflowsException.class).hasMessageContaining("submit again, or withdraw");

    ActionResult resubmitted = org.approve(instance, org.alice);
    assertThat(resubmitted.approvalStatus()).isEqualTo(ApprovalStatus.IN_APPROVAL);
    assertThat(resubmitted.instance().trail()).anyMatch(e -> e.kind() == TrailKind.RESUBMITTED);
    assertThat(org.pending(instance)).containsExactly(org.bob);
  }

  @Test
  void aReturnCannotGoForwardOrToANodeNotPassed() {
    ProcessInstance instance = threeSteps();
    assertThatThrownBy(() -> org.returnTo(instance, org.carol, "director"))
        .isInstanceOf(WorkflowsException.class)
        .hasMessageContaining("cannot be returned to director");
    assertThatThrownBy(() -> org.returnTo(instance, org.carol, "nowhere"))
        .isInstanceOf(WorkflowsException.class);
  }

  @Test
  void aRejectCanSendTheRecordBackToTheSubmitter() {
    org.publish(process("p", org.root,
        approver("lead", users(org.bob)),
        approver("director", users(org.carol), "\"onReject\": \"backToSubmitter\"")));
    ProcessInstance instance = org.start("p", Map.of());
    org.approve(instance, org.bob);
    assertThat(org.reject(instance, org.carol).approvalStatus()).isEqualTo(ApprovalStatus.DRAFT);
    org.approve(instance, org.alice);
    assertThat(org.pending(instance)).containsExactly(org.bob);
  }

  @Test
  void returningFromInsideAParallelBranchToANodeBeforeItCancelsEveryBranch() {
    org.publish(process("p", org.root,
        approver("lead", users(org.bob)),
        parallel("review", branch("legalBranch", approver("legal", users(org.gina))),
            branch("moneyBranch", approver("money", users(org.erin)), approver("cfo", users(org.carol))))));
    ProcessInstance instance = org.start("p", Map.of());
    org.approve(instance, org.bob);
    org.approve(instance, org.erin);
    assertThat(org.pending(instance)).containsExactly(org.carol, org.gina);

    // inside its own branch, a return stays in the branch
    org.returnTo(instance, org.carol, "money");
    assertThat(org.pending(instance)).containsExactly(org.erin, org.gina);
    org.approve(instance, org.erin);

    org.returnTo(instance, org.carol, "lead");
    assertThat(org.pending(instance)).containsExactly(org.bob);
    org.approve(instance, org.bob);
    assertThat(org.pending(instance)).containsExactly(org.erin, org.gina);
    org.approve(instance, org.gina);
    org.approve(instance, org.erin);
    assertThat(org.approve(instance, org.carol).approvalStatus()).isEqualTo(ApprovalStatus.APPROVED);
  }
}
