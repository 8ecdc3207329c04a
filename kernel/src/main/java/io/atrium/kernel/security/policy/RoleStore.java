package io.atrium.kernel.security.policy;

import io.atrium.kernel.persistence.Jdbc;
import io.atrium.sdk.security.FieldAccess;
import io.atrium.sdk.security.RowScope;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Roles, their grants and who holds them, in the kernel's tables. */
public final class RoleStore {

  private final Jdbc jdbc;

  /** Creates the store. */
  public RoleStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** Every role, by name. */
  public List<RoleRecord> roles() {
    return jdbc.query("SELECT id FROM atrium_role ORDER BY name", row -> row.getLong(1)).stream()
        .map(id -> role(id).orElseThrow()).toList();
  }

  /** A role by id. */
  public Optional<RoleRecord> role(long id) {
    Optional<Object[]> head = jdbc.queryOne("SELECT id, name, description, built_in FROM atrium_role WHERE id = ?",
        row -> new Object[] {row.getLong(1), row.getString(2), row.getString(3), row.getBoolean(4)}, id);
    if (head.isEmpty()) {
      return Optional.empty();
    }
    List<String> permissions = jdbc.query("SELECT permission FROM atrium_role_permission WHERE role_id = ? "
        + "ORDER BY permission", row -> row.getString(1), id);
    Map<String, Map<String, RowScope>> scopes = new LinkedHashMap<>();
    jdbc.query("SELECT resource, action, scope FROM atrium_role_scope WHERE role_id = ? ORDER BY resource, action",
        row -> scopes.computeIfAbsent(row.getString(1), k -> new LinkedHashMap<>()).put(row.getString(2),
            RowScope.valueOf(row.getString(3))), id);
    Map<String, Map<String, FieldAccess>> fields = new LinkedHashMap<>();
    jdbc.query("SELECT resource, field, access FROM atrium_role_field WHERE role_id = ? ORDER BY resource, field",
        row -> fields.computeIfAbsent(row.getString(1), k -> new LinkedHashMap<>()).put(row.getString(2),
            FieldAccess.valueOf(row.getString(3))), id);
    Object[] h = head.get();
    return Optional.of(new RoleRecord((Long) h[0], (String) h[1], (String) h[2], (Boolean) h[3], permissions, scopes,
        fields));
  }

  /** A role's id by name. */
  public Optional<Long> roleId(String name) {
    return jdbc.queryOne("SELECT id FROM atrium_role WHERE name = ?", row -> row.getLong(1), name);
  }

  /** Inserts a role and returns its id. */
  public long insert(String name, String description, boolean builtIn) {
    return jdbc.insert("INSERT INTO atrium_role (name, description, built_in) VALUES (?, ?, ?)", name, description,
        builtIn);
  }

  /** Renames or redescribes a role. */
  public void update(long id, String name, String description) {
    jdbc.update("UPDATE atrium_role SET name = ?, description = ? WHERE id = ?", name, description, id);
  }

  /** Deletes a role; its grants go with it. */
  public void delete(long id) {
    jdbc.update("DELETE FROM atrium_role WHERE id = ?", id);
  }

  /** Replaces a role's permissions, scopes and field rules. */
  public void setGrants(long id, Collection<String> permissions, Map<String, Map<String, RowScope>> scopes,
      Map<String, Map<String, FieldAccess>> fields) {
    jdbc.update("DELETE FROM atrium_role_permission WHERE role_id = ?", id);
    for (String permission : new LinkedHashSet<>(permissions)) {
      jdbc.update("INSERT INTO atrium_role_permission (role_id, permission) VALUES (?, ?)", id, permission);
    }
    jdbc.update("DELETE FROM atrium_role_scope WHERE role_id = ?", id);
    for (Map.Entry<String, Map<String, RowScope>> resource : scopes.entrySet()) {
      for (Map.Entry<String, RowScope> action : resource.getValue().entrySet()) {
        jdbc.update("INSERT INTO atrium_role_scope (role_id, resource, action, scope) VALUES (?, ?, ?, ?)", id,
            resource.getKey(), action.getKey(), action.getValue().name());
      }
    }
    jdbc.update("DELETE FROM atrium_role_field WHERE role_id = ?", id);
    for (Map.Entry<String, Map<String, FieldAccess>> resource : fields.entrySet()) {
      for (Map.Entry<String, FieldAccess> field : resource.getValue().entrySet()) {
        jdbc.update("INSERT INTO atrium_role_field (role_id, resource, field, access) VALUES (?, ?, ?, ?)", id,
            resource.getKey(), field.getKey(), field.getValue().name());
      }
    }
  }

  /** The roles granted to a user directly. */
  public List<Long> directRoleIds(long userId) {
    return jdbc.query("SELECT role_id FROM atrium_user_role WHERE user_id = ? ORDER BY role_id",
        row -> row.getLong(1), userId);
  }

  /**
   * Replaces the roles an administrator granted to a user directly. Grants a directory sync
   * manages stay; one the administrator grants as well becomes the administrator's.
   */
  public void setUserRoles(long userId, Collection<Long> roleIds) {
    jdbc.update("DELETE FROM atrium_user_role WHERE user_id = ? AND granted_by IS NULL", userId);
    for (Long roleId : new LinkedHashSet<>(roleIds)) {
      if (jdbc.update("UPDATE atrium_user_role SET granted_by = NULL WHERE user_id = ? AND role_id = ?", userId,
          roleId) == 0) {
        jdbc.update("INSERT INTO atrium_user_role (user_id, role_id) VALUES (?, ?)", userId, roleId);
      }
    }
  }

  /** The ids of every role a user holds, directly or through a group. */
  public Set<Long> effectiveRoleIds(long userId) {
    return new LinkedHashSet<>(jdbc.query("SELECT role_id FROM atrium_user_role WHERE user_id = ? UNION "
        + "SELECT gr.role_id FROM atrium_group_role gr JOIN atrium_group_member m ON m.group_id = gr.group_id "
        + "WHERE m.user_id = ?", row -> row.getLong(1), userId, userId));
  }

  /** How many users hold a role directly. */
  public long countHolders(long roleId) {
    return jdbc.queryOne("SELECT COUNT(*) FROM atrium_user_role WHERE role_id = ?", row -> row.getLong(1), roleId)
        .orElse(0L);
  }

  /** Every role with everything it grants, loaded in four queries (for compiling policies). */
  public Map<Long, RoleRecord> all() {
    Map<Long, Object[]> heads = new LinkedHashMap<>();
    jdbc.query("SELECT id, name, description, built_in FROM atrium_role", row -> heads.put(row.getLong(1),
        new Object[] {row.getString(2), row.getString(3), row.getBoolean(4)}));
    Map<Long, List<String>> permissions = new LinkedHashMap<>();
    jdbc.query("SELECT role_id, permission FROM atrium_role_permission", row -> permissions.computeIfAbsent(
        row.getLong(1), k -> new ArrayList<>()).add(row.getString(2)));
    Map<Long, Map<String, Map<String, RowScope>>> scopes = new LinkedHashMap<>();
    jdbc.query("SELECT role_id, resource, action, scope FROM atrium_role_scope", row -> scopes.computeIfAbsent(
        row.getLong(1), k -> new LinkedHashMap<>()).computeIfAbsent(row.getString(2), k -> new LinkedHashMap<>())
        .put(row.getString(3), RowScope.valueOf(row.getString(4))));
    Map<Long, Map<String, Map<String, FieldAccess>>> fields = new LinkedHashMap<>();
    jdbc.query("SELECT role_id, resource, field, access FROM atrium_role_field", row -> fields.computeIfAbsent(
        row.getLong(1), k -> new LinkedHashMap<>()).computeIfAbsent(row.getString(2), k -> new LinkedHashMap<>())
        .put(row.getString(3), FieldAccess.valueOf(row.getString(4))));
    Map<Long, RoleRecord> roles = new LinkedHashMap<>();
    heads.forEach((id, h) -> roles.put(id, new RoleRecord(id, (String) h[0], (String) h[1], (Boolean) h[2],
        permissions.getOrDefault(id, List.of()), scopes.getOrDefault(id, Map.of()), fields.getOrDefault(id,
        Map.of()))));
    return roles;
  }
}
