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

/** Idempotent actions by id, and the optimistic lock on the instance version. */
class ConsistencyTest {

  private final Org org = new Org();

  @AfterEach
  void close() {
    org.close();
  }

  @Test
  void anActionSentTwiceChangesNothingTheSecondTime() {
    org.publish(process("p", org.root, approver("a", users(org.bob)), approver("b", users(org.carol))));
    ProcessInstance instance = org.start("p", Map.of());
    Task bobs = org.taskOf(instance, org.bob);
    Action approve = new Action.Approve("click-1", org.bob, bobs.id(), "ok");

    ActionResult first = org.engine.act(instance.id(), 1, approve);
    ActionResult again = org.engine.act(instance.id(), 1, approve);

    assertThat(first.repeated()).isFalse();
    assertThat(again.repeated()).isTrue();
    assertThat(again.instance()).isEqualTo(first.instance());
    assertThat(org.reload(instance).version()).isEqualTo(2);
    assertThat(org.reload(instance).trail()).filteredOn(e -> e.kind() == TrailKind.APPROVED).hasSize(1);
    assertThat(org.pending(instance)).containsExactly(org.carol);
  }

  @Test
  void aStartSentTwiceStartsOneInstance() {
    org.publish(process("p", org.root, approver("a", users(org.bob))));
    ActionResult first = org.engine.start("start-1", "p", "test:1", org.alice);
    ActionResult again = org.engine.start("start-1", "p", "test:1", org.alice);
    assertThat(again.instance().id()).isEqualTo(first.instance().id());
    assertThat(again.repeated()).isTrue();
  }

  @Test
  void anActionIdCannotBeReusedForAnotherAction() {
    org.publish(process("p", org.root, approver("a", users(org.bob, org.carol))));
    ProcessInstance instance = org.start("p", Map.of());
    Task bobs = org.taskOf(instance, org.bob);
    org.engine.act(instance.id(), 1, new Action.Approve("click-1", org.bob, bobs.id(), "ok"));
    Task carols = org.taskOf(instance, org.carol);
    assertThatThrownBy(() -> org.engine.act(instance.id(), 2, new Action.Approve("click-1", org.carol, carols.id(), "ok")))
        .isInstanceOf(WorkflowsException.class).hasMessageContaining("click-1 was already used");
  }

  @Test
  void anActionOnAStaleVersionIsRefusedAndChangesNothing() {
    org.publish(process("p", org.root, approver("a", users(org.bob, org.carol), "\"mode\": \"orSign\"")));
    ProcessInstance instance = org.start("p", Map.of());
    Task bobs = org.taskOf(instance, org.bob);
    Task carols = org.taskOf(instance, org.carol);

    // both read version 1; bob's approval decides the or-sign
    org.engine.act(instance.id(), 1, new Action.Approve("bob-1", org.bob, bobs.id(), null));
    assertThatThrownBy(() -> org.engine.act(instance.id(), 1, new Action.Reject("carol-1", org.carol, carols.id(), null)))
        .isInstanceOf(StaleInstanceException.class)
        .hasMessageContaining("(version 2, not 1): someone else acted first");
    assertThat(org.reload(instance).approvalStatus()).isEqualTo(ApprovalStatus.APPROVED);
  }

  @Test
  void twoApproversOfAnOrSignAtOnceExactlyOneWinsAndTheOtherIsTold() {
    org.publish(process("p", org.root, approver("a", users(org.bob, org.carol), "\"mode\": \"orSign\""),
        approver("b", users(org.gina))));
    ProcessInstance instance = org.start("p", Map.of());
    Task bobs = org.taskOf(instance, org.bob);
    Task carols = org.taskOf(instance, org.carol);
    org.engine.act(instance.id(), 1, new Action.Approve("bob-1", org.bob, bobs.id(), null));
    // carol reloads and tries again on the new version: her task is closed
    assertThatThrownBy(() -> org.engine.act(instance.id(), 2, new Action.Approve("carol-2", org.carol, carols.id(), null)))
        .isInstanceOf(WorkflowsException.class)
        .hasMessageContaining("is no longer open (cancelled)");
    assertThat(org.reload(instance).trail()).filteredOn(e -> e.kind() == TrailKind.APPROVED).hasSize(1);
  }

  @Test
  void twoApproversOfAnOrSignOnTwoThreadsExactlyOneWins() throws Exception {
    org.publish(process("p", org.root, approver("a", users(org.bob, org.carol), "\"mode\": \"orSign\""),
        approver("b", users(org.gina))));
    for (int round = 0; round < 20; round++) {
      ProcessInstance instance = org.start("p", Map.of());
      Task bobs = org.taskOf(instance, org.bob);
      Task carols = org.taskOf(instance, org.carol);
      java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
      java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
      try {
        java.util.concurrent.Future<Object> bob = threads.submit(() -> attempt(together, () -> org.engine.act(
            instance.id(), 1, new Action.Approve("bob-" + instance.id(), org.bob, bobs.id(), null))));
        java.util.concurrent.Future<Object> carol = threads.submit(() -> attempt(together, () -> org.engine.act(
            instance.id(), 1, new Action.Reject("carol-" + instance.id(), org.carol, carols.id(), null))));
        java.util.List<Object> outcomes = java.util.List.of(bob.get(), carol.get());
        assertThat(outcomes).filteredOn(o -> o instanceof ActionResult).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof StaleInstanceException).hasSize(1);
        ProcessInstance after = org.reload(instance);
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.trail()).filteredOn(e -> e.kind() == TrailKind.APPROVED || e.kind() == TrailKind.REJECTED)
            .hasSize(1);
      } finally {
        threads.shutdownNow();
      }
    }
  }

  private static Object attempt(java.util.concurrent.CyclicBarrier together, java.util.function.Supplier<ActionResult> act)
      throws Exception {
    together.await();
    try {
      return act.get();
    } catch (StaleInstanceException e) {
      return e;
    }
  }

  @Test
  void commentsAndRecordReferencesAreBounded() {
    org.publish(process("p", org.root, approver("a", users(org.bob))));
    assertThatThrownBy(() -> org.engine.start("s-1", "p", " ", org.alice))
        .isInstanceOf(WorkflowsException.class).hasMessageContaining("record reference of 1 to 200 characters");
    ProcessInstance instance = org.start("p", Map.of());
    Task bobs = org.taskOf(instance, org.bob);
    assertThatThrownBy(() -> org.engine.act(instance.id(), 1, new Action.Approve("a-1", org.bob, bobs.id(),
        "好".repeat(WorkflowEngine.MAX_COMMENT + 1))))
        .isInstanceOf(WorkflowsException.class).hasMessageContaining("at most 2000 characters");
    assertThat(org.reload(instance).version()).isEqualTo(1);
  }
}
