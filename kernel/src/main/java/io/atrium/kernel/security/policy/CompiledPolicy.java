package io.atrium.kernel.security.policy;

import io.atrium.sdk.security.FieldAccess;
import io.atrium.sdk.security.RowFilter;
import io.atrium.sdk.security.RowScope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

/**
 * Everything one user may do, compiled from their roles once: permission checks walk a trie, row
 * filters and field access are worked out on first use and then remembered. Immutable apart from
 * those memos, and thrown away as a whole when roles, groups or departments change.
 */
public final class CompiledPolicy {

  private final long userId;
  private final Long departmentId;
  private final Set<String> roleNames;
  private final PermissionTrie permissions = new PermissionTrie();
  private final List<CompiledRole> roles = new ArrayList<>();
  private final LongFunction<Set<Long>> subtree;
  /** Memos: permissions come from code and resources from plugins, so they stay few; capped anyway. */
  private static final int MEMO_LIMIT = 10_000;
  private final Map<String, Boolean> permitted = new ConcurrentHashMap<>();
  private final Map<String, Map<String, RowFilter>> rowFilters = new ConcurrentHashMap<>();
  private final Map<String, Map<String, FieldAccess>> fieldAccess = new ConcurrentHashMap<>();

  private record CompiledRole(PermissionTrie permissions, Map<String, Map<String, RowScope>> scopes,
      Map<String, Map<String, FieldAccess>> fields) {
  }

  /**
   * Compiles a user's roles.
   *
   * @param userId the user
   * @param departmentId the user's main department, or null
   * @param roles the roles the user holds
   * @param subtree the ids of a department and everything below it
   */
  public CompiledPolicy(long userId, Long departmentId, List<RoleRecord> roles, LongFunction<Set<Long>> subtree) {
    this.userId = userId;
    this.departmentId = departmentId;
    this.subtree = subtree;
    Set<String> names = new java.util.TreeSet<>();
    for (RoleRecord role : roles) {
      names.add(role.name());
      PermissionTrie rolePermissions = new PermissionTrie();
      for (String permission : role.permissions()) {
        permissions.grant(permission);
        rolePermissions.grant(permission);
      }
      this.roles.add(new CompiledRole(rolePermissions, role.scopes(), role.fields()));
    }
    this.roleNames = Collections.unmodifiableSet(names);
  }

  /** The user. */
  public long userId() {
    return userId;
  }

  /** The names of the roles the policy was compiled from. */
  public Set<String> roleNames() {
    return roleNames;
  }

  /** Whether the user holds a permission. */
  public boolean isPermitted(String permission) {
    if (permission == null) {
      return false;
    }
    Boolean known = permitted.get(permission);
    if (known != null) {
      return known;
    }
    boolean answer = permissions.implies(permission);
    if (permitted.size() < MEMO_LIMIT) {
      permitted.put(permission, answer);
    }
    return answer;
  }

  /** The widest row scope any role grants for an action on a resource. */
  public RowScope scope(String resource, String action) {
    RowScope widest = RowScope.NONE;
    for (CompiledRole role : roles) {
      RowScope scope = role.scopes().getOrDefault(resource, Map.of()).get(action);
      if (scope == null) {
        scope = role.permissions().implies(resource + ":" + action) ? RowScope.ALL : RowScope.NONE;
      }
      widest = widest.widest(scope);
      if (widest == RowScope.ALL) {
        break;
      }
    }
    return widest;
  }

  /** The rows the user reaches for an action on a resource. */
  public RowFilter rows(String resource, String action) {
    return rowFilters.computeIfAbsent(resource, r -> new ConcurrentHashMap<>())
        .computeIfAbsent(action, a -> filter(scope(resource, action)));
  }

  private RowFilter filter(RowScope scope) {
    return switch (scope) {
      case NONE -> Rows.NONE;
      case ALL -> Rows.ALL;
      case OWN -> new Rows(false, Set.of(userId), Set.of());
      case DEPARTMENT -> new Rows(false, Set.of(userId), departmentId == null ? Set.of() : Set.of(departmentId));
      case DEPARTMENT_TREE -> new Rows(false, Set.of(userId), departmentId == null ? Set.of()
          : Set.copyOf(subtree.apply(departmentId)));
    };
  }

  /** The widest access any role grants to a field of a resource. */
  public FieldAccess field(String resource, String field) {
    return fieldAccess.computeIfAbsent(resource, r -> new ConcurrentHashMap<>()).computeIfAbsent(field, key -> {
      FieldAccess widest = FieldAccess.HIDDEN;
      for (CompiledRole role : roles) {
        FieldAccess access = role.fields().getOrDefault(resource, Map.of()).get(field);
        if (access == null) {
          access = role.permissions().implies(resource + ":edit") ? FieldAccess.WRITE
              : role.permissions().implies(resource + ":view") ? FieldAccess.READ : FieldAccess.HIDDEN;
        }
        widest = widest.widest(access);
        if (widest == FieldAccess.WRITE) {
          break;
        }
      }
      return widest;
    });
  }

  /** A row filter. */
  record Rows(boolean all, Set<Long> ownerIds, Set<Long> departmentIds) implements RowFilter {
    static final Rows NONE = new Rows(false, Set.of(), Set.of());
    static final Rows ALL = new Rows(true, Set.of(), Set.of());
  }
}
