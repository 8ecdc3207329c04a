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

/** The approval modes: sequential, countersign, or-sign, vote. */
class ModesTest {

  private final Org org = new Org();

  @AfterEach
  void close() {
    org.close();
  }

  @Test
  void sequentialAsksOneAfterTheOtherInTheRulesOrder() {
    org.publish(process("p", org.root, approver("a", users(org.erin, org.bob, org.frank))));
    ProcessInstance instance = org.start("p", Map.of());
    assertThat(org.pending(instance)).containsExactly(org.erin);
    assertThat(instance.approvalStatus()).isEqualTo(ApprovalStatus.IN_APPROVAL);

    org.approve(instance, org.erin);
    assertThat(org.pending(instance)).containsExactly(org.bob);
    org.approve(instance, org.bob);
    assertThat(org.pending(instance)).containsExactly(org.frank);
    ActionResult last = org.approve(instance, org.frank);

    assertThat(last.approvalStatus()).isEqualTo(ApprovalStatus.APPROVED);
    assertThat(last.events()).contains(new EngineEvent.Ended(InstanceStatus.APPROVED));
  }

  @Test
  void sequentialStopsAtTheFirstReject() {
    org.publish(process("p", org.root, approver("a", users(org.erin, org.bob))));
    ProcessInstance instance = org.start("p", Map.of());
    ActionResult result = org.reject(instance, org.erin);
    assertThat(result.approvalStatus()).isEqualTo(ApprovalStatus.REJECTED);
    assertThat(result.instance().tasks()).filteredOn(t -> t.assigneeId() == org.bob)
        .extracting(Task::status).containsExactly(TaskStatus.CANCELLED);
  }

  @Test
  void countersignNeedsEveryApproval() {
    org.publish(process("p", org.root, approver("a", users(org.erin, org.frank, org.gina), "\"mode\": \"countersign\"")));
    ProcessInstance instance = org.start("p", Map.of());
    assertThat(org.pending(instance)).containsExactly(org.erin, org.frank, org.gina);

    org.approve(instance, org.frank);
    org.approve(instance, org.erin);
    assertThat(org.reload(instance).approvalStatus()).isEqualTo(ApprovalStatus.IN_APPROVAL);
    assertThat(org.pending(instance)).containsExactly(org.gina);
    assertThat(org.approve(instance, org.gina).approvalStatus()).isEqualTo(ApprovalStatus.APPROVED);
  }

  @Test
  void countersignIsRejectedByOneReject() {
    org.publish(process("p", org.root, approver("a", users(org.erin, org.frank, org.gina), "\"mode\": \"countersign\"")));
    ProcessInstance instance = org.start("p", Map.of());
    org.approve(instance, org.erin);
    ActionResult result = org.reject(instance, org.frank);
    assertThat(result.approvalStatus()).isEqualTo(ApprovalStatus.REJECTED);
    assertThat(result.instance().pendingTasks()).isEmpty();
    assertThat(result.events()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(EngineEvent.TaskClosed.class,
        closed -> assertThat(closed.task().assigneeId()).isEqualTo(org.gina)));
  }

  @Test
  void orSignIsDecidedByTheFirstApprovalAndTheOthersCannotActAnyMore() {
    org.publish(process("p", org.root, approver("a", users(org.erin, org.frank), "\"mode\": \"orSign\"")));
    ProcessInstance instance = org.start("p", Map.of());
    Task frankTask = org.taskOf(instance, org.frank);
    assertThat(org.approve(instance, org.erin).approvalStatus()).isEqualTo(ApprovalStatus.APPROVED);

    ProcessInstance after = org.reload(instance);
    assertThat(after.task(frankTask.id()).orElseThrow().status()).isEqualTo(TaskStatus.CANCELLED);
    assertThatThrownBy(() -> org.engine.act(after.id(), after.version(),
        new Action.Approve("late", org.frank, frankTask.id(), null)))
        .isInstanceOf(WorkflowsException.class)
        .hasMessageContaining("process has already ended");
  }

  @Test
  void orSignIsDecidedByTheFirstReject() {
    org.publish(process("p", org.root, approver("a", users(org.erin, org.frank), "\"mode\": \"orSign\"")));
    ProcessInstance instance = org.start("p", Map.of());
    assertThat(org.reject(instance, org.frank).approvalStatus()).isEqualTo(ApprovalStatus.REJECTED);
  }

  @Test
  void votePassesWhenTheApprovalsReachThePercentage() {
    org.publish(process("p", org.root, approver("a", users(org.erin, org.frank, org.gina),
        "\"mode\": \"vote\"", "\"votePercent\": 60")));
    ProcessInstance instance = org.start("p", Map.of());
    org.reject(instance, org.gina);
    org.approve(instance, org.erin);
    assertThat(org.reload(instance).approvalStatus()).isEqualTo(ApprovalStatus.IN_APPROVAL);
    assertThat(org.approve(instance, org.frank).approvalStatus()).isEqualTo(ApprovalStatus.APPROVED);
  }

  @Test
  void voteRejectsAsSoonAsThePercentageCannotBeReached() {
    org.publish(process("p", org.root, approver("a", users(org.erin, org.frank, org.gina),
        "\"mode\": \"vote\"", "\"votePercent\": 60")));
    ProcessInstance instance = org.start("p", Map.of());
    org.reject(instance, org.gina);
    ActionResult second = org.reject(instance, org.erin);
    assertThat(second.approvalStatus()).isEqualTo(ApprovalStatus.REJECTED);
    assertThat(second.instance().tasks()).filteredOn(t -> t.assigneeId() == org.frank)
        .extracting(Task::status).containsExactly(TaskStatus.CANCELLED);
  }

  @Test
  void aHandlerCompletesButCannotReject() {
    org.publish(process("p", org.root, io.atrium.workflows.Flows.handler("h", users(org.dan),
        "\"writableFields\": [\"trackingNo\"]")));
    ProcessInstance instance = org.start("p", Map.of());
    assertThatThrownBy(() -> org.reject(instance, org.dan))
        .isInstanceOf(WorkflowsException.class).hasMessageContaining("cannot reject");
    assertThat(org.approve(instance, org.dan).approvalStatus()).isEqualTo(ApprovalStatus.APPROVED);
  }
}
