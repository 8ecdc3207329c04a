package io.atrium.workflows.engine;

import static io.atrium.workflows.Flows.approver;
import static io.atrium.workflows.Flows.process;
import static io.atrium.workflows.Flows.users;
import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.workflows.Org;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The edge rules: nobody resolved, the submitter among the approvers, the same approver twice in a row. */
class EdgeRulesTest {

  private static final String FIELD_RULE = "{\"type\": \"userField\", \"field\": \"reviewer\"}";

  private final Org org = new Org();

  @AfterEach
  void close() {
    org.close();
  }

  @Test
  void nobodyResolvedCanApproveTheNode() {
    org.publish(process("p", org.root, approver("a", FIELD_RULE, "\"whenNobody\": \"autoApprove\""),
        approver("b", users(org.carol))));
    ProcessInstance instance = org.start("p", Map.of());
    assertThat(org.pending(instance)).containsExactly(org.carol);
    assertThat(org.reload(instance).trail()).anyMatch(e -> e.kind() == TrailKind.NODE_SKIPPED && "a".equals(e.nodeId()));
  }

  @Test
  void nobodyResolvedCanGoToTheAdmin() {
    org.publish(process("p", org.root, approver("a", FIELD_RULE, "\"whenNobody\": \"routeToAdmin\"")));
    ProcessInstance instance = org.start("p", Map.of());
    assertThat(org.pending(instance)).containsExactly(org.root);
    assertThat(org.taskOf(instance, org.root).origin()).isEqualTo(TaskOrigin.ADMIN);
  }

  @Test
  void nobodyResolvedCanRejectTheRecord() {
    org.publish(process("p", org.root, approver("a", FIELD_RULE, "\"whenNobody\": \"reject\"")));
    ProcessInstance instance = org.start("p", Map.of());
    assertThat(instance.approvalStatus()).isEqualTo(ApprovalStatus.REJECTED);
    assertThat(instance.trail()).anyMatch(e -> e.kind() == TrailKind.REJECTED_NOBODY);
  }

  @Test
  void inactivePeopleCountAsNobody() {
    org.directory.person(new io.atrium.sdk.identity.Person(500, "gone", "Gone", null, null, org.sales, null, null,
        io.atrium.sdk.identity.UserStatus.DISABLED));
    org.records.clear();
    org.publish(process("p", org.root, approver("a", FIELD_RULE, "\"whenNobody\": \"routeToAdmin\"")));
    ProcessInstance instance = org.start("p", Map.of("reviewer", 500L));
    assertThat(org.pending(instance)).containsExactly(org.root);
  }

  @Test
  void theSubmitterCanBeSkipped() {
    org.publish(process("p", org.root,
        approver("a", users(org.alice, org.bob), "\"mode\": \"countersign\"", "\"whenSubmitter\": \"skip\""),
        approver("b", users(org.alice), "\"whenSubmitter\": \"skip\""),
        approver("c", users(org.carol))));
    ProcessInstance instance = org.start("p", Map.of());
    assertThat(org.pending(instance)).containsExactly(org.bob);
    org.approve(instance, org.bob);
    // node b named only the submitter: skipped as a whole, not handed to the admin
    assertThat(org.pending(instance)).containsExactly(org.carol);
  }

  @Test
  void theSubmitterCanApproveThemself() {
    org.publish(process("p", org.root, approver("a", users(org.alice), "\"whenSubmitter\": \"selfApprove\""),
        approver("b", users(org.carol))));
    ProcessInstance instance = org.start("p", Map.of());
    assertThat(org.pending(instance)).containsExactly(org.carol);
    assertThat(instance.tasks()).filteredOn(t -> t.assigneeId() == org.alice)
        .singleElement().satisfies(t -> assertThat(t.automatic()).isTrue());
  }

  @Test
  void theSubmittersManagerCanApproveInstead() {
    org.publish(process("p", org.root, approver("a", users(org.alice), "\"whenSubmitter\": \"manager\"")));
    ProcessInstance instance = org.start("p", Map.of());
    assertThat(org.pending(instance)).containsExactly(org.bob);
  }

  @Test
  void whoApprovedTheNodeJustBeforeIsNotAskedAgain() {
    org.publish(process("p", org.root,
        approver("lead", users(org.bob)),
        approver("dept", users(org.bob, org.carol), "\"mode\": \"countersign\"", "\"approveOnceInARow\": true"),
        approver("again", users(org.bob))));
    ProcessInstance instance = org.start("p", Map.of());
    org.approve(instance, org.bob);
    assertThat(org.pending(instance)).containsExactly(org.carol);
    org.approve(instance, org.carol);
    // "again" does not approve once in a row: bob is asked
    assertThat(org.pending(instance)).containsExactly(org.bob);
  }

  @Test
  void anAutomaticApprovalDecidesAnOrSignBeforeAnyoneIsAsked() {
    org.publish(process("p", org.root,
        approver("lead", users(org.bob)),
        approver("dept", users(org.carol, org.bob), "\"mode\": \"orSign\"", "\"approveOnceInARow\": true"),
        approver("last", users(org.gina))));
    ProcessInstance instance = org.start("p", Map.of());
    ActionResult result = org.approve(instance, org.bob);
    assertThat(org.pending(instance)).containsExactly(org.gina);
    assertThat(result.events()).noneMatch(e -> e instanceof EngineEvent.TaskOpened opened
        && opened.task().assigneeId() == org.carol);
  }
}
