package io.atrium.kernel.identity;

import io.atrium.kernel.persistence.Jdbc;
import io.atrium.sdk.identity.UserStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Users, departments and groups in the kernel's tables. Plain reads and writes; rules (what may
 * change, who may do it) live in {@link OrgAdmin}. Statements always bind their values.
 */
public final class IdentityStore {

  private static final String USER_COLUMNS = "id, username, display_name, email, mobile, department_id, position, "
      + "manager_id, status, locale, external_source, password_hash IS NOT NULL AS has_password, created_at, version";
  /** The same columns for joins, where the user table is {@code u}. */
  private static final String U_COLUMNS = "u.id, u.username, u.display_name, u.email, u.mobile, u.department_id, "
      + "u.position, u.manager_id, u.status, u.locale, u.external_source, u.password_hash IS NOT NULL AS has_password, "
      + "u.created_at, u.version";

  private final Jdbc jdbc;

  /** Creates the store. */
  public IdentityStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  // ------------------------------------------------------------------------------------- users

  /** A user by id. */
  public Optional<UserRecord> user(long id) {
    return jdbc.queryOne("SELECT " + USER_COLUMNS + " FROM atrium_user WHERE id = ?", IdentityStore::user, id);
  }

  /** A user by login name (exact). */
  public Optional<UserRecord> userByUsername(String username) {
    return jdbc.queryOne("SELECT " + USER_COLUMNS + " FROM atrium_user WHERE username = ?", IdentityStore::user,
        username);
  }

  /** The users whose display name is exactly this, in id order. */
  public List<UserRecord> usersByDisplayName(String displayName) {
    return jdbc.query("SELECT " + USER_COLUMNS + " FROM atrium_user WHERE display_name = ? ORDER BY id",
        IdentityStore::user, displayName);
  }

  /** A user by the id an outside directory gives them. */
  public Optional<UserRecord> userByExternalId(String source, String externalId) {
    return jdbc.queryOne("SELECT " + USER_COLUMNS + " FROM atrium_user WHERE external_source = ? AND external_id = ?",
        IdentityStore::user, source, externalId);
  }

  /** Users with these ids, in id order. */
  public List<UserRecord> users(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    String marks = ids.stream().map(id -> "?").collect(Collectors.joining(","));
    return jdbc.query("SELECT " + USER_COLUMNS + " FROM atrium_user WHERE id IN (" + marks + ") ORDER BY id",
        IdentityStore::user, ids.toArray());
  }

  /** The users a query matches, ordered by display name then id. */
  public List<UserRecord> users(UserQuery query, Collection<Long> departmentIds) {
    Where where = where(query, departmentIds);
    List<Object> params = new ArrayList<>(where.params);
    params.add(query.limit());
    params.add(query.offset());
    return jdbc.query("SELECT " + USER_COLUMNS + " FROM atrium_user" + where.sql
        + " ORDER BY display_name, id LIMIT ? OFFSET ?", IdentityStore::user, params.toArray());
  }

  /** How many users a query matches. */
  public long countUsers(UserQuery query, Collection<Long> departmentIds) {
    Where where = where(query, departmentIds);
    return jdbc.queryOne("SELECT COUNT(*) FROM atrium_user" + where.sql, row -> row.getLong(1),
        where.params.toArray()).orElse(0L);
  }

  private record Where(String sql, List<Object> params) {
  }

  private static Where where(UserQuery query, Collection<Long> departmentIds) {
    List<String> conditions = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (!query.text().isEmpty()) {
      String like = "%" + escapeLike(query.text().toLowerCase(java.util.Locale.ROOT)) + "%";
      conditions.add("(LOWER(username) LIKE ? ESCAPE '!' OR LOWER(display_name) LIKE ? ESCAPE '!' "
          + "OR LOWER(email) LIKE ? ESCAPE '!' OR mobile LIKE ? ESCAPE '!')");
      params.add(like);
      params.add(like);
      params.add(like);
      params.add(like);
    }
    if (departmentIds != null) {
      if (departmentIds.isEmpty()) {
        conditions.add("1 = 0");
      } else {
        conditions.add("department_id IN (" + departmentIds.stream().map(id -> "?").collect(Collectors.joining(","))
            + ")");
        params.addAll(departmentIds);
      }
    }
    if (query.status() != null) {
      conditions.add("status = ?");
      params.add(query.status().name());
    }
    return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
  }

  /** Escapes the LIKE wildcards of user text, with {@code !} as the escape character. */
  static String escapeLike(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  /** Inserts a user and returns the id. */
  public long insertUser(UserInput input, String passwordHash, String externalSource, String externalId, Instant now) {
    return jdbc.insert("INSERT INTO atrium_user (username, display_name, email, mobile, department_id, position, "
        + "manager_id, status, locale, password_hash, password_changed_at, external_source, external_id, created_at, "
        + "updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", input.username(),
        input.displayName(), blankToNull(input.email()), blankToNull(input.mobile()), zeroToNull(input.departmentId()),
        blankToNull(input.position()), zeroToNull(input.managerId()),
        (input.status() == null ? UserStatus.ACTIVE : input.status()).name(), blankToNull(input.locale()),
        passwordHash, passwordHash == null ? null : now, externalSource, externalId, now, now);
  }

  /**
   * Writes every field of a user (the caller merged the changes), if the version is still the one
   * read; returns false when someone else changed the user in between.
   */
  public boolean updateUser(UserRecord user, long expectedVersion, Instant now) {
    return jdbc.update("UPDATE atrium_user SET username = ?, display_name = ?, email = ?, mobile = ?, "
        + "department_id = ?, position = ?, manager_id = ?, status = ?, locale = ?, updated_at = ?, "
        + "version = version + 1 WHERE id = ? AND version = ?", user.username(), user.displayName(), user.email(),
        user.mobile(), user.departmentId(), user.position(), user.managerId(), user.status().name(), user.locale(),
        now, user.id(), expectedVersion) == 1;
  }

  /** Replaces a user's password hash. */
  public void setPassword(long userId, String passwordHash, Instant now) {
    jdbc.update("UPDATE atrium_user SET password_hash = ?, password_changed_at = ?, updated_at = ?, "
        + "version = version + 1 WHERE id = ?", passwordHash, now, now, userId);
  }

  /** Sets a user's status. */
  public void setStatus(long userId, UserStatus status, Instant now) {
    jdbc.update("UPDATE atrium_user SET status = ?, updated_at = ?, version = version + 1 WHERE id = ?",
        status.name(), now, userId);
  }

  /** Links a user to an outside directory entry. */
  public void setExternal(long userId, String source, String externalId) {
    jdbc.update("UPDATE atrium_user SET external_source = ?, external_id = ? WHERE id = ?", source, externalId,
        userId);
  }

  /** The users linked to an outside directory: external id to user id. */
  public Map<String, Long> externalUsers(String source) {
    Map<String, Long> ids = new LinkedHashMap<>();
    jdbc.query("SELECT external_id, id FROM atrium_user WHERE external_source = ?", row -> {
      ids.put(row.getString(1), row.getLong(2));
      return null;
    }, source);
    return ids;
  }

  /** The users linked to an outside directory, by their external id. */
  public Map<String, UserRecord> externalUserRecords(String source) {
    Map<String, UserRecord> users = new LinkedHashMap<>();
    jdbc.query("SELECT external_id, " + USER_COLUMNS + " FROM atrium_user WHERE external_source = ?", row -> {
      users.put(row.getString("external_id"), user(row));
      return null;
    }, source);
    return users;
  }

  /** How many users report to a manager. */
  public long countReports(long managerId) {
    return jdbc.queryOne("SELECT COUNT(*) FROM atrium_user WHERE manager_id = ? AND status <> 'LEFT'",
        row -> row.getLong(1), managerId).orElse(0L);
  }

  private static UserRecord user(ResultSet row) throws SQLException {
    return new UserRecord(row.getLong("id"), row.getString("username"), row.getString("display_name"),
        row.getString("email"), row.getString("mobile"), nullableLong(row, "department_id"), row.getString("position"),
        nullableLong(row, "manager_id"), UserStatus.valueOf(row.getString("status")), row.getString("locale"),
        row.getString("external_source"), row.getBoolean("has_password"), Jdbc.instant(row, "created_at"),
        row.getLong("version"));
  }

  // ------------------------------------------------------------------------------ departments

  /** Every department, in no particular order. */
  public List<DepartmentRecord> departments() {
    return jdbc.query("SELECT id, name, parent_id, head_id, sort_order, external_source, version "
        + "FROM atrium_department", IdentityStore::department);
  }

  /** A department by id. */
  public Optional<DepartmentRecord> department(long id) {
    return jdbc.queryOne("SELECT id, name, parent_id, head_id, sort_order, external_source, version "
        + "FROM atrium_department WHERE id = ?", IdentityStore::department, id);
  }

  /** Inserts a department and returns its id. */
  public long insertDepartment(String name, Long parentId, Long headId, int sortOrder, String externalSource,
      String externalId, Instant now) {
    return jdbc.insert("INSERT INTO atrium_department (name, parent_id, head_id, sort_order, external_source, "
        + "external_id, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)", name, parentId, headId, sortOrder,
        externalSource, externalId, now);
  }

  /** Writes a department if its version is still the one read. */
  public boolean updateDepartment(DepartmentRecord department, long expectedVersion) {
    return jdbc.update("UPDATE atrium_department SET name = ?, parent_id = ?, head_id = ?, sort_order = ?, "
        + "version = version + 1 WHERE id = ? AND version = ?", department.name(), department.parentId(),
        department.headId(), department.sortOrder(), department.id(), expectedVersion) == 1;
  }

  /** Deletes a department. */
  public void deleteDepartment(long id) {
    jdbc.update("DELETE FROM atrium_department WHERE id = ?", id);
  }

  /** How many users have this department as their main one. */
  public long countMembers(long departmentId) {
    return jdbc.queryOne("SELECT COUNT(*) FROM atrium_user WHERE department_id = ? AND status <> 'LEFT'",
        row -> row.getLong(1), departmentId).orElse(0L);
  }

  /** The departments linked to an outside directory: external id to department id. */
  public Map<String, Long> externalDepartments(String source) {
    Map<String, Long> ids = new LinkedHashMap<>();
    jdbc.query("SELECT external_id, id FROM atrium_department WHERE external_source = ?", row -> {
      ids.put(row.getString(1), row.getLong(2));
      return null;
    }, source);
    return ids;
  }

  /** The departments linked to an outside directory, by their external id. */
  public Map<String, DepartmentRecord> externalDepartmentRecords(String source) {
    Map<String, DepartmentRecord> departments = new LinkedHashMap<>();
    jdbc.query("SELECT external_id, id, name, parent_id, head_id, sort_order, external_source, version "
        + "FROM atrium_department WHERE external_source = ?", row -> {
          departments.put(row.getString("external_id"), department(row));
          return null;
        }, source);
    return departments;
  }

  /** A department's id by the id an outside directory gives it. */
  public Optional<Long> departmentIdByExternalId(String source, String externalId) {
    return jdbc.queryOne("SELECT id FROM atrium_department WHERE external_source = ? AND external_id = ?",
        row -> row.getLong(1), source, externalId);
  }

  /** How many departments sit directly below one. */
  public long countChildren(long departmentId) {
    return jdbc.queryOne("SELECT COUNT(*) FROM atrium_department WHERE parent_id = ?", row -> row.getLong(1),
        departmentId).orElse(0L);
  }

  private static DepartmentRecord department(ResultSet row) throws SQLException {
    return new DepartmentRecord(row.getLong("id"), row.getString("name"), nullableLong(row, "parent_id"),
        nullableLong(row, "head_id"), row.getInt("sort_order"), row.getString("external_source"),
        row.getLong("version"));
  }

  // ----------------------------------------------------------------------------------- groups

  /** Every group with its members and roles, by name. */
  public List<GroupRecord> groups() {
    return jdbc.query("SELECT id, name, description FROM atrium_user_group ORDER BY name", row -> row.getLong(1))
        .stream().map(id -> group(id).orElseThrow()).toList();
  }

  /** A group by id. */
  public Optional<GroupRecord> group(long id) {
    return jdbc.queryOne("SELECT id, name, description FROM atrium_user_group WHERE id = ?", row -> new Object[] {
        row.getLong(1), row.getString(2), row.getString(3)}, id).map(g -> new GroupRecord((Long) g[0], (String) g[1],
        (String) g[2], jdbc.query("SELECT user_id FROM atrium_group_member WHERE group_id = ? ORDER BY user_id",
            r -> r.getLong(1), id), jdbc.query("SELECT r.name FROM atrium_role r JOIN atrium_group_role gr ON "
            + "gr.role_id = r.id WHERE gr.group_id = ? ORDER BY r.name", r -> r.getString(1), id)));
  }

  /** A group's id by name. */
  public Optional<Long> groupId(String name) {
    return jdbc.queryOne("SELECT id FROM atrium_user_group WHERE name = ?", row -> row.getLong(1), name);
  }

  /** Inserts a group. */
  public long insertGroup(String name, String description) {
    return jdbc.insert("INSERT INTO atrium_user_group (name, description) VALUES (?, ?)", name,
        blankToNull(description));
  }

  /** Renames or redescribes a group. */
  public void updateGroup(long id, String name, String description) {
    jdbc.update("UPDATE atrium_user_group SET name = ?, description = ? WHERE id = ?", name, blankToNull(description),
        id);
  }

  /** Deletes a group; its memberships and grants go with it. */
  public void deleteGroup(long id) {
    jdbc.update("DELETE FROM atrium_user_group WHERE id = ?", id);
  }

  /** Replaces a group's members. */
  public void setGroupMembers(long groupId, Collection<Long> userIds) {
    jdbc.update("DELETE FROM atrium_group_member WHERE group_id = ?", groupId);
    for (Long userId : userIds) {
      jdbc.update("INSERT INTO atrium_group_member (group_id, user_id) VALUES (?, ?)", groupId, userId);
    }
  }

  /** Replaces the roles a group grants. */
  public void setGroupRoles(long groupId, Collection<Long> roleIds) {
    jdbc.update("DELETE FROM atrium_group_role WHERE group_id = ?", groupId);
    for (Long roleId : roleIds) {
      jdbc.update("INSERT INTO atrium_group_role (group_id, role_id) VALUES (?, ?)", groupId, roleId);
    }
  }

  /** The ids of the groups a user is in. */
  public List<Long> groupsOf(long userId) {
    return jdbc.query("SELECT group_id FROM atrium_group_member WHERE user_id = ? ORDER BY group_id",
        row -> row.getLong(1), userId);
  }

  /** The active members of a group by name. */
  public List<UserRecord> groupMembers(String groupName) {
    return jdbc.query("SELECT " + U_COLUMNS + " FROM atrium_user u JOIN atrium_group_member m ON m.user_id = u.id "
        + "JOIN atrium_user_group g ON g.id = m.group_id WHERE g.name = ? AND u.status = 'ACTIVE' "
        + "ORDER BY u.display_name, u.id", IdentityStore::user, groupName);
  }

  /** The active users holding a role directly or through a group. */
  public List<UserRecord> roleHolders(String roleName) {
    return jdbc.query("SELECT " + U_COLUMNS + " FROM atrium_user u WHERE u.status = 'ACTIVE' AND u.id IN ("
        + "SELECT ur.user_id FROM atrium_user_role ur JOIN atrium_role r ON r.id = ur.role_id WHERE r.name = ? "
        + "UNION SELECT m.user_id FROM atrium_group_member m JOIN atrium_group_role gr ON gr.group_id = m.group_id "
        + "JOIN atrium_role r2 ON r2.id = gr.role_id WHERE r2.name = ?) ORDER BY u.display_name, u.id",
        IdentityStore::user, roleName, roleName);
  }

  // --------------------------------------------------------------------- directory-managed grants

  /** Every role's id by name. */
  public Map<String, Long> roleIdsByName() {
    Map<String, Long> ids = new LinkedHashMap<>();
    jdbc.query("SELECT name, id FROM atrium_role", row -> ids.put(row.getString(1), row.getLong(2)));
    return ids;
  }

  /** The direct role grants a directory source manages: user id to role ids. */
  public Map<Long, java.util.Set<Long>> managedGrants(String source) {
    Map<Long, java.util.Set<Long>> grants = new LinkedHashMap<>();
    jdbc.query("SELECT user_id, role_id FROM atrium_user_role WHERE granted_by = ?", row -> grants.computeIfAbsent(
        row.getLong(1), k -> new java.util.LinkedHashSet<>()).add(row.getLong(2)), source);
    return grants;
  }

  /** Grants a role on behalf of a directory source, unless the user holds it directly already. */
  public boolean grantManaged(long userId, long roleId, String source) {
    boolean held = jdbc.queryOne("SELECT COUNT(*) FROM atrium_user_role WHERE user_id = ? AND role_id = ?",
        row -> row.getLong(1), userId, roleId).orElse(0L) > 0;
    if (held) {
      return false;
    }
    jdbc.update("INSERT INTO atrium_user_role (user_id, role_id, granted_by) VALUES (?, ?, ?)", userId, roleId,
        source);
    return true;
  }

  /** Withdraws a role a directory source granted; an administrator's grant of it stays. */
  public boolean revokeManaged(long userId, long roleId, String source) {
    return jdbc.update("DELETE FROM atrium_user_role WHERE user_id = ? AND role_id = ? AND granted_by = ?", userId,
        roleId, source) > 0;
  }

  // ---------------------------------------------------------------------------------- helpers

  private static Long nullableLong(ResultSet row, String column) throws SQLException {
    long value = row.getLong(column);
    return row.wasNull() ? null : value;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static Long zeroToNull(Long id) {
    return id == null || id == 0 ? null : id;
  }
}
