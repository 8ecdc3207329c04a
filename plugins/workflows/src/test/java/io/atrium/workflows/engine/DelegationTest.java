package io.atrium.workflows.engine;

import static io.atrium.workflows.Flows.approver;
import static io.atrium.workflows.Flows.process;
import static io.atrium.workflows.Flows.users;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.workflows.Org;
import io.atrium.workflows.WorkflowsException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Delegate (委托) and take back (收回), remove a signer (减签), and out-of-office stand-ins. */
class DelegationTest {

  private final Org org = new Org();

  @AfterEach
  void close() {
    org.close();
  }

  @Test
  void theDelegateDecidesInTheSeatOfTheOneWhoDelegated() {
    org.publish(process("p", org.root, approver("a", users(org.bob, org.carol))));
    ProcessInstance instance = org.start("p", Map.of());
    Task bobs = org.taskOf(instance, org.bob);
    ActionResult delegated = org.act(instance, id -> new Action.Delegate(id, org.bob, bobs.id(), org.dan, "please"));

    assertThat(delegated.instance().task(bobs.id()).orElseThrow().status()).isEqualTo(TaskStatus.DELEGATED);
    assertThat(delegated.instance().pendingTaskOf(org.dan).orElseThrow().origin()).isEqualTo(TaskOrigin.DELEGATION);
    assertThat(org.pending(instance)).containsExactly(org.dan);
    assertThat(delegated.events()).hasAtLeastOneElementOfType(EngineEvent.TaskClosed.class)
        .hasAtLeastOneElementOfType(EngineEvent.TaskOpened.class);
    org.approve(instance, org.dan);
    assertThat(org.pending(instance)).containsExactly(org.carol);
    assertThat(org.reload(instance).trail()).extracting(TrailEntry::kind)
        .containsSubsequence(TrailKind.DELEGATED, TrailKind.APPROVED);
  }

  @Test
  void aDelegatedTaskCanBeTakenBackUntilTheDelegateActs() {
    org.publish(process("p", org.root, approver("a", users(org.bob)), approver("b", users(org.carol))));
    ProcessInstance instance = org.start("p", Map.of());
    Task bobs = org.taskOf(instance, org.bob);
    org.act(instance, id -> new Action.Delegate(id, org.bob, bobs.id(), org.dan, null));
    assertThatThrownBy(() -> org.act(instance, id -> new Action.Reclaim(id, org.dan, bobs.id(), null)))
        .isInstanceOf(WorkflowsException.class).hasMessageContaining("is not yours");

    ActionResult back = org.act(instance, id -> new Action.Reclaim(id, org.bob, bobs.id(), "I am back"));
    assertThat(back.instance().task(bobs.id()).orElseThrow().status()).isEqualTo(TaskStatus.PENDING);
    assertThat(org.pending(instance)).containsExactly(org.bob);
    assertThat(back.instance().tasks()).filteredOn(t -> t.assigneeId() == org.dan).extracting(Task::status)
        .containsExactly(TaskStatus.CANCELLED);

    // delegated again, and this time the delegate approves: nothing is left to take back
    org.act(instance, id -> new Action.Delegate(id, org.bob, bobs.id(), org.dan, null));
    org.approve(instance, org.dan);
    assertThat(org.pending(instance)).containsExactly(org.carol);
    assertThatThrownBy(() -> org.act(instance, id -> new Action.Reclaim(id, org.bob, bobs.id(), null)))
        .isInstanceOf(WorkflowsException.class).hasMessageContaining("no longer be taken back");
  }

  @Test
  void aDelegateWhoPassedTheTaskOnCannotBeOverruledByATakeBack() {
    org.publish(process("p", org.root, approver("a", users(org.bob))));
    ProcessInstance instance = org.start("p", Map.of());
    Task bobs = org.taskOf(instance, org.bob);
    org.act(instance, id -> new Action.Delegate(id, org.bob, bobs.id(), org.dan, null));
    Task dans = org.taskOf(instance, org.dan);
    org.act(instance, id -> new Action.AddSigner(id, org.dan, dans.id(), org.erin, true, null));

    assertThatThrownBy(() -> org.act(instance, id -> new Action.Reclaim(id, org.bob, bobs.id(), null)))
        .isInstanceOf(WorkflowsException.class).hasMessageContaining("no longer be taken back");
    assertThat(org.pending(instance)).containsExactly(org.erin);
  }

  @Test
  void aSignerAddedBeforeIsRemovedByTheOneWhoAddedThemAndTheTaskComesBack() {
    org.publish(process("p", org.root, approver("a", users(org.bob))));
    ProcessInstance instance = org.start("p", Map.of());
    Task bobs = org.taskOf(instance, org.bob);
    org.act(instance, id -> new Action.AddSigner(id, org.bob, bobs.id(), org.erin, true, null));
    Task erins = org.taskOf(instance, org.erin);
    assertThatThrownBy(() -> org.act(instance, id -> new Action.RemoveSigner(id, org.carol, erins.id(), null)))
        .isInstanceOf(WorkflowsException.class).hasMessageContaining("Only the person who added");
    assertThatThrownBy(() -> org.act(instance, id -> new Action.RemoveSigner(id, org.bob, bobs.id(), null)))
        .isInstanceOf(WorkflowsException.class).hasMessageContaining("not an added signer");

    ActionResult removed = org.act(instance, id -> new Action.RemoveSigner(id, org.bob, erins.id(), "not needed"));
    assertThat(removed.instance().task(erins.id()).orElseThrow().status()).isEqualTo(TaskStatus.CANCELLED);
    assertThat(org.pending(instance)).containsExactly(org.bob);
    assertThat(removed.instance().trail().get(removed.instance().trail().size() - 1).kind())
        .isEqualTo(TrailKind.SIGNER_REMOVED);
    assertThat(org.approve(instance, org.bob).approvalStatus()).isEqualTo(ApprovalStatus.APPROVED);
  }

  @Test
  void removingASignerAddedAfterLetsTheNodeGoOnWithTheApprovalGiven() {
    org.publish(process("p", org.root, approver("a", users(org.bob)), approver("z", users(org.gina))));
    ProcessInstance instance = org.start("p", Map.of());
    Task bobs = org.taskOf(instance, org.bob);
    org.act(instance, id -> new Action.AddSigner(id, org.bob, bobs.id(), org.erin, false, null));
    Task erins = org.taskOf(instance, org.erin);
    org.act(instance, id -> new Action.RemoveSigner(id, org.bob, erins.id(), null));

    assertThat(org.pending(instance)).containsExactly(org.gina);
    // a signer who has decided stays decided
    org.approve(instance, org.gina);
    assertThatThrownBy(() -> org.act(instance, id -> new Action.RemoveSigner(id, org.bob, erins.id(), null)))
        .isInstanceOf(WorkflowsException.class).hasMessageContaining("ended");
  }

  @Test
  void aTurnThatFallsToSomeoneOutOfOfficeGoesToTheirStandIn() {
    org.publish(process("p", org.root, approver("a", users(org.bob)), approver("b", users(org.carol))));
    org.away.put(org.carol, org.gina);
    ProcessInstance instance = org.start("p", Map.of());
    org.approve(instance, org.bob);

    ProcessInstance now = org.reload(instance);
    Task carols = now.tasks().stream().filter(t -> t.assigneeId() == org.carol).findFirst().orElseThrow();
    assertThat(carols.status()).isEqualTo(TaskStatus.DELEGATED);
    assertThat(now.pendingTaskOf(org.gina).orElseThrow().origin()).isEqualTo(TaskOrigin.OUT_OF_OFFICE);
    assertThat(now.trail()).anyMatch(e -> e.kind() == TrailKind.DELEGATED_OUT_OF_OFFICE
        && e.actorId() == null && e.people().equals(List.of(org.carol, org.gina)));

    // back early, carol takes her task back
    org.away.clear();
    org.act(instance, id -> new Action.Reclaim(id, org.carol, carols.id(), null));
    assertThat(org.pending(instance)).containsExactly(org.carol);
  }

  @Test
  void standInsFollowEachOtherButNeverInACircle() {
    org.publish(process("p", org.root, approver("a", users(org.bob))));
    org.away.put(org.bob, org.dan);
    org.away.put(org.dan, org.bob);
    ProcessInstance instance = org.start("p", Map.of());
    // bob → dan; dan's stand-in is bob, who already holds the seat: dan keeps it
    assertThat(org.pending(instance)).containsExactly(org.dan);

    org.away.clear();
    org.away.put(org.bob, org.dan);
    org.away.put(org.dan, org.erin);
    ProcessInstance chained = org.start("p", Map.of());
    assertThat(org.pending(chained)).containsExactly(org.erin);
  }

  @Test
  void aPendingTaskIsCoveredWhenItsAssigneeGoesAwayAndOnlyOnce() {
    org.publish(process("p", org.root, approver("a", users(org.bob))));
    ProcessInstance instance = org.start("p", Map.of());
    Task bobs = org.taskOf(instance, org.bob);
    assertThat(org.engine.coverAbsence(instance.id(), bobs.id()).repeated()).isTrue();

    org.away.put(org.bob, org.dan);
    ActionResult covered = org.engine.coverAbsence(instance.id(), bobs.id());
    assertThat(covered.repeated()).isFalse();
    assertThat(org.pending(instance)).containsExactly(org.dan);
    assertThat(org.engine.coverAbsence(instance.id(), bobs.id()).repeated()).isTrue();
  }

  @Test
  void theSubmittersOwnReturnedRecordIsNeverHandedToAStandIn() {
    org.publish(process("p", org.root, approver("a", users(org.bob))));
    ProcessInstance instance = org.start("p", Map.of());
    org.away.put(org.alice, org.dan);
    org.returnTo(instance, org.bob, "start");
    assertThat(org.pending(instance)).containsExactly(org.alice);
  }

  @Test
  void aDelegationIsAnActionThatEndsTheRightToWithdraw() {
    org.publish(process("p", org.root, approver("a", users(org.bob))));
    ProcessInstance instance = org.start("p", Map.of());
    Task bobs = org.taskOf(instance, org.bob);
    org.act(instance, id -> new Action.Delegate(id, org.bob, bobs.id(), org.dan, null));
    assertThatThrownBy(() -> org.act(instance, id -> new Action.Withdraw(id, org.alice, null)))
        .isInstanceOf(WorkflowsException.class).hasMessageContaining("an approver has already acted");
  }
}
