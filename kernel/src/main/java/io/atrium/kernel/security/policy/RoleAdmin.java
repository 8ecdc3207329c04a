package io.atrium.kernel.security.policy;

import io.atrium.kernel.audit.Audit;
import io.atrium.kernel.audit.AuditEvent;
import io.atrium.kernel.identity.ChangeCounter;
import io.atrium.kernel.identity.IdentityStore;
import io.atrium.kernel.validation.ConflictException;
import io.atrium.kernel.validation.NotFoundException;
import io.atrium.kernel.validation.Problems;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.security.FieldAccess;
import io.atrium.sdk.security.RowScope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Changes to roles and who holds them. The built-in {@code admin} role is fixed: it always grants
 * everything and cannot be deleted. Each change is audited and recompiles the policies.
 */
public final class RoleAdmin {

  static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{1,63}");
  static final Pattern PERMISSION = Pattern.compile("\\*|[a-z*][a-z0-9*,-]*(:[a-z0-9*][a-z0-9*,-]*){0,3}");
  static final Pattern RESOURCE = Pattern.compile("[a-z][a-z0-9-]*:[a-z0-9][a-z0-9_-]*");

  /** What a role grants, as an administrator sets it. Null parts stay as they are on update. */
  public record RoleInput(String name, String description, List<String> permissions,
      Map<String, Map<String, String>> scopes, Map<String, Map<String, String>> fields) {
  }

  private final RoleStore roles;
  private final IdentityStore identities;
  private final ChangeCounter changes;
  private final Transactions transactions;
  private final Audit audit;

  /** Creates the service. */
  public RoleAdmin(RoleStore roles, IdentityStore identities, ChangeCounter changes, Transactions transactions,
      Audit audit) {
    this.roles = roles;
    this.identities = identities;
    this.changes = changes;
    this.transactions = transactions;
    this.audit = audit;
  }

  /** Creates a role. */
  public RoleRecord create(RoleInput input) {
    return transactions.required(() -> {
      Problems problems = new Problems();
      String name = validateName(input.name(), null, problems);
      Grants grants = validateGrants(input, problems);
      problems.throwIfAny();
      long id = roles.insert(name, blankToNull(input.description()), false);
      roles.setGrants(id, grants.permissions, grants.scopes, grants.fields);
      changes.bump();
      RoleRecord created = roles.role(id).orElseThrow();
      audit.record(AuditEvent.admin("role.create", "role", id, Map.of(), describe(created)));
      return created;
    });
  }

  /** Changes a role; null parts of the input stay as they are. */
  public RoleRecord update(long id, RoleInput input) {
    return transactions.required(() -> {
      RoleRecord current = require(id);
      if (current.builtIn()) {
        throw new ConflictException("conflict.role.builtin", current.name());
      }
      Problems problems = new Problems();
      String name = input.name() == null ? current.name() : validateName(input.name(), id, problems);
      RoleInput merged = new RoleInput(name, input.description() == null ? current.description() : input.description(),
          input.permissions() == null ? current.permissions() : input.permissions(),
          input.scopes() == null ? textual(current.scopes()) : input.scopes(),
          input.fields() == null ? textual(current.fields()) : input.fields());
      Grants grants = validateGrants(merged, problems);
      problems.throwIfAny();
      roles.update(id, name, blankToNull(merged.description()));
      roles.setGrants(id, grants.permissions, grants.scopes, grants.fields);
      changes.bump();
      RoleRecord updated = roles.role(id).orElseThrow();
      audit.record(AuditEvent.admin("role.update", "role", id, describe(current), describe(updated)));
      return updated;
    });
  }

  /** Deletes a role; users and groups lose it. */
  public void delete(long id) {
    transactions.required(() -> {
      RoleRecord current = require(id);
      if (current.builtIn()) {
        throw new ConflictException("conflict.role.builtin", current.name());
      }
      roles.delete(id);
      changes.bump();
      audit.record(AuditEvent.admin("role.delete", "role", id, describe(current), Map.of()));
      return null;
    });
  }

  /** Replaces the roles a user holds directly. */
  public void setUserRoles(long userId, Collection<Long> roleIds) {
    transactions.required(() -> {
      identities.user(userId).orElseThrow(() -> new NotFoundException("notfound.user", userId));
      List<Long> before = roles.directRoleIds(userId);
      requireRoles(roleIds);
      roles.setUserRoles(userId, roleIds);
      changes.bump();
      audit.record(AuditEvent.admin("user.roles", "user", userId, Map.of("roles", names(before)),
          Map.of("roles", names(roleIds))));
      return null;
    });
  }

  /** Replaces the roles a group grants its members. */
  public void setGroupRoles(long groupId, Collection<Long> roleIds) {
    transactions.required(() -> {
      identities.group(groupId).orElseThrow(() -> new NotFoundException("notfound.group", groupId));
      requireRoles(roleIds);
      identities.setGroupRoles(groupId, roleIds);
      changes.bump();
      audit.record(AuditEvent.admin("group.roles", "group", groupId, Map.of(), Map.of("roles", names(roleIds))));
      return null;
    });
  }

  private void requireRoles(Collection<Long> roleIds) {
    for (Long roleId : roleIds) {
      require(roleId);
    }
  }

  private List<String> names(Collection<Long> roleIds) {
    List<String> names = new ArrayList<>();
    for (Long roleId : roleIds) {
      roles.role(roleId).ifPresent(r -> names.add(r.name()));
    }
    return names;
  }

  private RoleRecord require(long id) {
    return roles.role(id).orElseThrow(() -> new NotFoundException("notfound.role", id));
  }

  private String validateName(String name, Long id, Problems problems) {
    String clean = name == null ? "" : name.strip();
    if (!NAME.matcher(clean).matches()) {
      problems.add("name", "validation.role.name");
    } else {
      Optional<Long> owner = roles.roleId(clean);
      problems.check(owner.isPresent() && !owner.get().equals(id), "name", "validation.role.taken", clean);
    }
    return clean;
  }

  private record Grants(List<String> permissions, Map<String, Map<String, RowScope>> scopes,
      Map<String, Map<String, FieldAccess>> fields) {
  }

  private static Grants validateGrants(RoleInput input, Problems problems) {
    List<String> permissions = new ArrayList<>();
    for (String permission : input.permissions() == null ? List.<String>of() : input.permissions()) {
      String clean = permission == null ? "" : permission.strip();
      if (!PERMISSION.matcher(clean).matches()) {
        problems.add("permissions", "validation.permission.format", clean);
      } else {
        permissions.add(clean);
      }
    }
    Map<String, Map<String, RowScope>> scopes = new LinkedHashMap<>();
    if (input.scopes() != null) {
      input.scopes().forEach((resource, actions) -> {
        if (!RESOURCE.matcher(resource).matches()) {
          problems.add("scopes", "validation.resource.format", resource);
          return;
        }
        actions.forEach((action, scope) -> {
          try {
            scopes.computeIfAbsent(resource, k -> new LinkedHashMap<>()).put(action, RowScope.valueOf(scope));
          } catch (IllegalArgumentException | NullPointerException e) {
            problems.add("scopes", "validation.scope.unknown", scope, Arrays.toString(RowScope.values()));
          }
        });
      });
    }
    Map<String, Map<String, FieldAccess>> fields = new LinkedHashMap<>();
    if (input.fields() != null) {
      input.fields().forEach((resource, byField) -> {
        if (!RESOURCE.matcher(resource).matches()) {
          problems.add("fields", "validation.resource.format", resource);
          return;
        }
        byField.forEach((field, access) -> {
          try {
            fields.computeIfAbsent(resource, k -> new LinkedHashMap<>()).put(field, FieldAccess.valueOf(access));
          } catch (IllegalArgumentException | NullPointerException e) {
            problems.add("fields", "validation.access.unknown", access, Arrays.toString(FieldAccess.values()));
          }
        });
      });
    }
    return new Grants(permissions, scopes, fields);
  }

  private static <E extends Enum<E>> Map<String, Map<String, String>> textual(Map<String, Map<String, E>> values) {
    Map<String, Map<String, String>> text = new LinkedHashMap<>();
    values.forEach((resource, byKey) -> byKey.forEach((key, value) -> text.computeIfAbsent(resource,
        k -> new LinkedHashMap<>()).put(key, value.name())));
    return text;
  }

  private static Map<String, Object> describe(RoleRecord role) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", role.name());
    fields.put("description", role.description());
    fields.put("permissions", role.permissions());
    fields.put("scopes", textual(role.scopes()));
    fields.put("fields", textual(role.fields()));
    return fields;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
