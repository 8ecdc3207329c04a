package io.atrium.kernel.security.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.sdk.security.FieldAccess;
import io.atrium.sdk.security.RowFilter;
import io.atrium.sdk.security.RowScope;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompiledPolicyTest {

  private static RoleRecord role(String name, List<String> permissions, Map<String, Map<String, RowScope>> scopes,
      Map<String, Map<String, FieldAccess>> fields) {
    return new RoleRecord(name.hashCode(), name, null, false, permissions, scopes, fields);
  }

  private static CompiledPolicy policy(RoleRecord... roles) {
    return new CompiledPolicy(7, 20L, List.of(roles), id -> id == 20L ? Set.of(20L, 21L, 22L) : Set.of(id));
  }

  @Test
  void theWidestScopeOfAllRolesWins() {
    CompiledPolicy policy = policy(
        role("rep", List.of("forms:leads:view"), Map.of("forms:leads", Map.of("view", RowScope.OWN)), Map.of()),
        role("lead", List.of("forms:leads:view"), Map.of("forms:leads", Map.of("view", RowScope.DEPARTMENT_TREE)),
            Map.of()));

    RowFilter rows = policy.rows("forms:leads", "view");

    assertThat(rows.all()).isFalse();
    assertThat(rows.ownerIds()).containsExactly(7L);
    assertThat(rows.departmentIds()).containsExactlyInAnyOrder(20L, 21L, 22L);
    assertThat(rows.permits(99L, 21L)).isTrue();
    assertThat(rows.permits(99L, 30L)).isFalse();
    assertThat(rows.permits(7L, null)).isTrue();
  }

  @Test
  void aPermissionWithoutAScopeReachesEveryRowAndNoPermissionNone() {
    CompiledPolicy policy = policy(role("boss", List.of("forms:*"), Map.of(), Map.of()));

    assertThat(policy.rows("forms:leads", "delete").all()).isTrue();
    assertThat(policy.rows("projects:tasks", "view").none()).isTrue();
    assertThat(policy.scope("projects:tasks", "view")).isEqualTo(RowScope.NONE);
  }

  @Test
  void fieldAccessDefaultsFromPermissionsAndRulesOverrideIt() {
    CompiledPolicy policy = policy(
        role("viewer", List.of("forms:leads:view"), Map.of(), Map.of("forms:leads", Map.of("phone",
            FieldAccess.HIDDEN))),
        role("editor", List.of("forms:orders:edit"), Map.of(), Map.of()));

    assertThat(policy.field("forms:leads", "name")).isEqualTo(FieldAccess.READ);
    assertThat(policy.field("forms:leads", "phone")).isEqualTo(FieldAccess.HIDDEN);
    assertThat(policy.field("forms:orders", "amount")).isEqualTo(FieldAccess.WRITE);
    assertThat(policy.field("projects:tasks", "title")).isEqualTo(FieldAccess.HIDDEN);
  }

  @Test
  void anotherRoleCanWidenAFieldAHiddenRuleNarrowed() {
    CompiledPolicy policy = policy(
        role("viewer", List.of("forms:leads:view"), Map.of(), Map.of("forms:leads", Map.of("phone",
            FieldAccess.HIDDEN))),
        role("sales", List.of(), Map.of(), Map.of("forms:leads", Map.of("phone", FieldAccess.WRITE))));

    assertThat(policy.field("forms:leads", "phone")).isEqualTo(FieldAccess.WRITE);
    assertThat(policy.roleNames()).containsExactly("sales", "viewer");
  }

  @Test
  void withoutADepartmentDepartmentScopesReachOnlyOwnRows() {
    CompiledPolicy policy = new CompiledPolicy(7, null, List.of(role("rep", List.of(), Map.of("forms:leads",
        Map.of("view", RowScope.DEPARTMENT)), Map.of())), id -> Set.of(id));

    assertThat(policy.rows("forms:leads", "view").departmentIds()).isEmpty();
    assertThat(policy.rows("forms:leads", "view").ownerIds()).containsExactly(7L);
  }
}
