package io.atrium.workflows.approver;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.workflows.Org;
import io.atrium.workflows.definition.ApproverRule;
import io.atrium.workflows.definition.DepartmentField;
import io.atrium.workflows.definition.DepartmentHead;
import io.atrium.workflows.definition.ExpressionRule;
import io.atrium.workflows.definition.ManagerChain;
import io.atrium.workflows.definition.NamedUsers;
import io.atrium.workflows.definition.RoleMembers;
import io.atrium.workflows.definition.UserField;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The built-in strategies on the test org chart. */
class ApproverStrategiesTest {

  private final Org org = new Org();

  @AfterEach
  void close() {
    org.close();
  }

  private List<Long> resolve(ApproverRule rule, Map<String, Object> fields) {
    Map<String, Object> variables = new HashMap<>(fields);
    variables.put("submitter", Map.of("id", org.alice));
    return org.strategies.resolve(rule, new RuleContext(org.alice, "test:1", fields, variables, org.directory));
  }

  @Test
  void namedUsersAndRoles() {
    assertThat(resolve(new NamedUsers(List.of(org.carol, org.bob)), Map.of())).containsExactly(org.carol, org.bob);
    assertThat(resolve(new RoleMembers(List.of("legal", "finance")), Map.of()))
        .containsExactlyInAnyOrder(org.gina, org.erin, org.frank);
  }

  @Test
  void theDepartmentHeadLevelsUp() {
    assertThat(resolve(new DepartmentHead(0), Map.of())).containsExactly(org.bob);
    assertThat(resolve(new DepartmentHead(1), Map.of())).containsExactly(org.carol);
    assertThat(resolve(new DepartmentHead(2), Map.of())).isEmpty();
  }

  @Test
  void theManagerChainNearestFirst() {
    assertThat(resolve(new ManagerChain(1), Map.of())).containsExactly(org.bob);
    assertThat(resolve(new ManagerChain(0), Map.of())).containsExactly(org.bob, org.carol);
  }

  @Test
  void userAndDepartmentFieldsOfTheRecord() {
    assertThat(resolve(new UserField("owner"), Map.of("owner", org.dan))).containsExactly(org.dan);
    assertThat(resolve(new UserField("owner"), Map.of("owner", List.of(org.dan, "erin")))).containsExactly(org.dan, org.erin);
    assertThat(resolve(new UserField("owner"), Map.of())).isEmpty();
    assertThat(resolve(new DepartmentField("dept", 0), Map.of("dept", org.finance))).containsExactly(org.erin);
    assertThat(resolve(new DepartmentField("dept", 1), Map.of("dept", org.finance))).containsExactly(org.carol);
  }

  @Test
  void anExpressionNamesPeopleByIdOrLoginName() {
    ExpressionRule rule = new ExpressionRule("amount > 50000 ? 'carol' : 'bob'");
    assertThat(resolve(rule, Map.of("amount", new BigDecimal("60000")))).containsExactly(org.carol);
    assertThat(resolve(rule, Map.of("amount", new BigDecimal("10")))).containsExactly(org.bob);
    assertThat(resolve(new ExpressionRule("submitter.id"), Map.of())).containsExactly(org.alice);
  }
}
