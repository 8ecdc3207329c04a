package io.atrium.workflows.engine;

import static io.atrium.workflows.Flows.approver;
import static io.atrium.workflows.Flows.branch;
import static io.atrium.workflows.Flows.cc;
import static io.atrium.workflows.Flows.condition;
import static io.atrium.workflows.Flows.otherwise;
import static io.atrium.workflows.Flows.parallel;
import static io.atrium.workflows.Flows.process;
import static io.atrium.workflows.Flows.role;
import static io.atrium.workflows.Flows.users;
import static io.atrium.workflows.Flows.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.workflows.Org;
import io.atrium.workflows.WorkflowsException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Condition branches over record fields and the submitter, parallel branches and their join, CC. */
class RoutingTest {

  private final Org org = new Org();

  @AfterEach
  void close() {
    org.close();
  }

  private void budgetProcess() {
    org.publish(process("budget", org.root,
        approver("lead", users(org.bob)),
        condition("amount",
            when("big", "amount > 100000", approver("director", users(org.carol))),
            when("finance", "submitter.departmentName == 'Finance'", approver("controller", users(org.frank))),
            otherwise("small")),
        cc("tell", role("finance"))));
  }

  @Test
  void theFirstBranchWhoseConditionHoldsIsTaken() {
    budgetProcess();
    ProcessInstance instance = org.start("budget", Map.of("amount", new BigDecimal("150000")));
    org.approve(instance, org.bob);
    assertThat(org.pending(instance)).containsExactly(org.carol);
    ActionResult done = org.approve(instance, org.carol);
    assertThat(done.approvalStatus()).isEqualTo(ApprovalStatus.APPROVED);
    assertThat(done.events()).contains(new EngineEvent.CarbonCopied("tell", java.util.List.of(org.erin, org.frank)));
  }

  @Test
  void theDefaultBranchTakesWhatNoConditionMatches() {
    budgetProcess();
    ProcessInstance instance = org.start("budget", Map.of("amount", 500));
    assertThat(org.approve(instance, org.bob).approvalStatus()).isEqualTo(ApprovalStatus.APPROVED);
  }

  @Test
  void conditionsSeeTheSubmittersAttributes() {
    budgetProcess();
    ProcessInstance instance = org.startBy(org.erin, "budget", Map.of("amount", 500));
    org.approve(instance, org.bob);
    assertThat(org.pending(instance)).containsExactly(org.frank);
  }

  @Test
  void aConditionThatCannotBeEvaluatedFailsTheActionAndChangesNothing() {
    org.publish(process("p", org.root,
        approver("lead", users(org.bob)),
        condition("c", when("odd", "amount / count > 1", approver("x", users(org.carol))), otherwise("rest"))));
    Map<String, Object> fields = new HashMap<>();
    fields.put("amount", "lots");
    fields.put("count", 2);
    ProcessInstance instance = org.start("p", fields);
    long version = org.reload(instance).version();
    assertThatThrownBy(() -> org.approve(instance, org.bob))
        .isInstanceOf(WorkflowsException.class)
        .hasMessageContaining("The condition of branch \"odd\" at \"c\" could not be evaluated");
    assertThat(org.reload(instance).version()).isEqualTo(version);
    assertThat(org.pending(instance)).containsExactly(org.bob);
  }

  @Test
  void parallelBranchesJoinWhenAllHaveFinished() {
    org.publish(process("content", org.root,
        parallel("review",
            branch("legalBranch", approver("legal", role("legal"))),
            branch("productBranch", approver("product", users(org.dan)), approver("brand", users(org.erin))),
            branch("noneBranch")),
        approver("director", users(org.carol))));
    ProcessInstance instance = org.start("content", Map.of());
    assertThat(org.pending(instance)).containsExactly(org.dan, org.gina);

    org.approve(instance, org.dan);
    assertThat(org.pending(instance)).containsExactly(org.erin, org.gina);
    org.approve(instance, org.gina);
    assertThat(org.pending(instance)).containsExactly(org.erin);
    org.approve(instance, org.erin);
    assertThat(org.pending(instance)).containsExactly(org.carol);
    assertThat(org.approve(instance, org.carol).approvalStatus()).isEqualTo(ApprovalStatus.APPROVED);
  }

  @Test
  void aRejectInOneParallelBranchEndsTheWholeProcess() {
    org.publish(process("content", org.root,
        parallel("review", branch("legalBranch", approver("legal", role("legal"))), branch("productBranch", approver("product",
            users(org.dan))))));
    ProcessInstance instance = org.start("content", Map.of());
    ActionResult result = org.reject(instance, org.gina);
    assertThat(result.approvalStatus()).isEqualTo(ApprovalStatus.REJECTED);
    assertThat(result.instance().pendingTasks()).isEmpty();
    assertThat(result.instance().tokens()).noneMatch(t -> t.state() == TokenState.ACTIVE);
  }

  @Test
  void runningInstancesKeepTheVersionTheyStartedOn() {
    org.publish(process("p", org.root, approver("a", users(org.bob))));
    ProcessInstance first = org.start("p", Map.of());
    org.definitions.publish(org.json.read(process("p", org.root, approver("a", users(org.carol)))).withVersion(2));
    ProcessInstance second = org.start("p", Map.of());

    assertThat(first.definitionVersion()).isEqualTo(1);
    assertThat(second.definitionVersion()).isEqualTo(2);
    assertThat(org.pending(second)).containsExactly(org.carol);
    assertThat(org.approve(first, org.bob).approvalStatus()).isEqualTo(ApprovalStatus.APPROVED);
  }
}
