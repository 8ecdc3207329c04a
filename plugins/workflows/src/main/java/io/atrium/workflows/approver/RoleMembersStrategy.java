package io.atrium.workflows.approver;

import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.workflow.ApproverContext;
import io.atrium.sdk.workflow.ApproverStrategy;
import io.atrium.sdk.workflow.CheckContext;
import io.atrium.sdk.workflow.RuleConfig;
import io.atrium.sdk.workflow.RuleProblem;
import io.atrium.workflows.definition.RoleMembers;
import java.util.List;

/** {@link RoleMembers}: the active holders of the roles, role by role. */
public final class RoleMembersStrategy implements ApproverStrategy {

  private final Directory directory;

  /** Creates the strategy. */
  public RoleMembersStrategy(Directory directory) {
    this.directory = directory;
  }

  @Override
  public String type() {
    return RoleMembers.TYPE;
  }

  @Override
  public String nameKey() {
    return "workflows.rule.roles";
  }

  @Override
  public List<Long> resolve(RuleConfig rule, ApproverContext context) {
    return holders(rule.texts("roles"));
  }

  @Override
  public List<RuleProblem> check(RuleConfig rule, CheckContext context) {
    List<String> roles = rule.texts("roles");
    if (roles.isEmpty()) {
      return List.of(RuleProblem.of("roles", "workflows.definition.noRoles"));
    }
    if (holders(roles).isEmpty()) {
      return List.of(RuleProblem.of("roles", "workflows.definition.roleHolderless", String.join(", ", roles)));
    }
    return List.of();
  }

  private List<Long> holders(List<String> roles) {
    return roles.stream().flatMap(role -> directory.withRole(role).stream()).map(Person::id).toList();
  }
}
