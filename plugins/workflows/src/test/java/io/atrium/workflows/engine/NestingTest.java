package io.atrium.workflows.engine;

import static io.atrium.workflows.Flows.approver;
import static io.atrium.workflows.Flows.branch;
import static io.atrium.workflows.Flows.condition;
import static io.atrium.workflows.Flows.otherwise;
import static io.atrium.workflows.Flows.parallel;
import static io.atrium.workflows.Flows.process;
import static io.atrium.workflows.Flows.users;
import static io.atrium.workflows.Flows.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.workflows.Org;
import io.atrium.workflows.WorkflowsException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Conditions inside parallel branches, parallel nodes inside parallel branches, and returns across them. */
class NestingTest {

  private final Org org = new Org();

  @AfterEach
  void close() {
    org.close();
  }

  @Test
  void aConditionInsideAParallelBranchRoutesThatBranchOnly() {
    org.publish(process("order", org.root,
        parallel("checks",
            branch("financeBranch", condition("size",
                when("big", "total > 1000", approver("cfo", users(org.carol))),
                otherwise("small", approver("clerk", users(org.frank))))),
            branch("stockBranch", approver("warehouse", users(org.dan)))),
        approver("ship", users(org.erin))));
    ProcessInstance small = org.start("order", Map.of("total", 10));
    assertThat(org.pending(small)).containsExactly(org.dan, org.frank);
    ProcessInstance big = org.start("order", Map.of("total", 5000));
    assertThat(org.pending(big)).containsExactly(org.carol, org.dan);

    org.approve(big, org.carol);
    org.approve(big, org.dan);
    assertThat(org.pending(big)).containsExactly(org.erin);
  }

  @Test
  void parallelInsideParallelJoinsInnerThenOuter() {
    org.publish(process("p", org.root,
        parallel("outer",
            branch("left", parallel("inner", branch("a", approver("na", users(org.bob))),
                branch("b", approver("nb", users(org.carol)))), approver("afterInner", users(org.dan))),
            branch("right", approver("nr", users(org.gina)))),
        approver("final", users(org.erin))));
    ProcessInstance instance = org.start("p", Map.of());
    assertThat(org.pending(instance)).containsExactly(org.carol, org.bob, org.gina);

    org.approve(instance, org.bob);
    org.approve(instance, org.carol);
    assertThat(org.pending(instance)).containsExactly(org.dan, org.gina);
    org.approve(instance, org.gina);
    assertThat(org.pending(instance)).containsExactly(org.dan);
    org.approve(instance, org.dan);
    assertThat(org.pending(instance)).containsExactly(org.erin);
  }

  @Test
  void afterAJoinAReturnGoesBeforeTheParallelNodeNotIntoOneBranch() {
    org.publish(process("p", org.root,
        approver("lead", users(org.bob)),
        parallel("review", branch("x", approver("nx", users(org.gina))), branch("y", approver("ny", users(org.dan)))),
        approver("final", users(org.erin))));
    ProcessInstance instance = org.start("p", Map.of());
    org.approve(instance, org.bob);
    org.approve(instance, org.gina);
    org.approve(instance, org.dan);
    assertThat(org.engine.returnTargets(instance.id(), org.taskOf(instance, org.erin).id()))
        .containsExactly("lead", "start");
    assertThatThrownBy(() -> org.returnTo(instance, org.erin, "nx")).isInstanceOf(WorkflowsException.class);

    org.returnTo(instance, org.erin, null);
    assertThat(org.pending(instance)).containsExactly(org.bob);
  }

  @Test
  void aReturnIntoAConditionBranchGoesStraightBackToThatNode() {
    org.publish(process("p", org.root,
        condition("c", when("big", "amount > 10", approver("director", users(org.carol))), otherwise("rest")),
        approver("finance", users(org.erin))));
    ProcessInstance instance = org.start("p", Map.of("amount", 50));
    org.approve(instance, org.carol);
    org.records.get(org.reload(instance).recordRef()).put("amount", 1);
    org.returnTo(instance, org.erin, "director");
    assertThat(org.pending(instance)).containsExactly(org.carol);
    org.approve(instance, org.carol);
    assertThat(org.pending(instance)).containsExactly(org.erin);
  }
}
