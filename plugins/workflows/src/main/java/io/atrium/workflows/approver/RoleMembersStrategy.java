package io.atrium.workflows.approver;

import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import io.atrium.workflows.definition.ApproverRule;
import io.atrium.workflows.definition.DefinitionProblem;
import io.atrium.workflows.definition.RoleMembers;
import java.util.List;
import java.util.Set;

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
  public List<Long> resolve(ApproverRule rule, ApproverContext context) {
    return ((RoleMembers) rule).roles().stream()
        .flatMap(role -> directory.withRole(role).stream())
        .map(Person::id)
        .toList();
  }

  @Override
  public List<DefinitionProblem> check(ApproverRule rule, String path, Set<String> knownFields) {
    List<String> roles = ((RoleMembers) rule).roles();
    if (roles.isEmpty()) {
      return List.of(DefinitionProblem.of(path + ".roles", "workflows.definition.noRoles"));
    }
    if (resolve(rule, new ApproverContext(0, null, null)).isEmpty()) {
      return List.of(DefinitionProblem.of(path + ".roles", "workflows.definition.roleHolderless", String.join(", ", roles)));
    }
    return List.of();
  }
}
