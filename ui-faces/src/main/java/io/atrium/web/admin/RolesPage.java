package io.atrium.web.admin;

import io.atrium.kernel.security.KernelPermissions;
import io.atrium.kernel.security.policy.RoleAdmin;
import io.atrium.kernel.security.policy.RoleRecord;
import io.atrium.sdk.security.FieldAccess;
import io.atrium.sdk.security.RowScope;
import io.atrium.web.page.Guard;
import io.atrium.web.page.KernelServices;
import io.atrium.web.page.PageMessages;
import io.atrium.web.page.PermissionCatalog;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Roles and what they grant: permissions ticked by source (the kernel, then each plugin), row
 * scopes and field rules. The built-in {@code admin} role is shown read-only. Needs
 * {@code atrium:roles:manage} for everything.
 */
@Named("rolesPage")
@ViewScoped
public class RolesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELDS = Map.of("name", "rolesForm:name", "description",
      "rolesForm:description", "permissions", "rolesForm:otherPermissions", "scopes", "rolesForm:scopes", "fields",
      "rolesForm:fields");

  @Inject
  KernelServices kernel;

  @Inject
  PageMessages messages;

  @Inject
  PermissionCatalog catalog;

  private List<RoleRow> roles;
  private RoleForm form;

  @PostConstruct
  void load() {
    refresh();
  }

  /** Reads the roles again. */
  public void refresh() {
    Guard.require(KernelPermissions.ROLES_MANAGE);
    List<RoleRow> rows = new ArrayList<>();
    for (RoleRecord role : kernel.roles().roles()) {
      rows.add(new RoleRow(role.id(), role.name(), role.description(), role.builtIn(), role.permissions().size(),
          kernel.roles().countHolders(role.id())));
    }
    roles = rows;
  }

  public List<RoleRow> getRoles() {
    return roles;
  }

  /** The role in the editor, or null. */
  public RoleForm getForm() {
    return form;
  }

  /** The row scopes there are. */
  public List<String> getScopes() {
    return Arrays.stream(RowScope.values()).map(Enum::name).toList();
  }

  /** The field accesses there are. */
  public List<String> getAccesses() {
    return Arrays.stream(FieldAccess.values()).map(Enum::name).toList();
  }

  /** Opens the editor for a new role. */
  public void startCreate() {
    Guard.require(KernelPermissions.ROLES_MANAGE);
    form = new RoleForm(null, false, null, null);
    fillPermissions(form, List.of());
  }

  /** Opens the editor for a role (read-only for the built-in one). */
  public void startEdit(long id) {
    Guard.require(KernelPermissions.ROLES_MANAGE);
    form = null;
    kernel.roles().role(id).ifPresentOrElse(role -> {
      RoleForm edited = new RoleForm(role.id(), role.builtIn(), role.name(), role.description());
      fillPermissions(edited, role.permissions());
      role.scopes().forEach((resource, actions) -> actions.forEach((action, scope) -> edited.getScopes()
          .add(new RoleForm.ScopeRow(resource, action, scope.name()))));
      role.fields().forEach((resource, byField) -> byField.forEach((field, access) -> edited.getFields()
          .add(new RoleForm.FieldRow(resource, field, access.name()))));
      form = edited;
    }, () -> messages.error("admin.roles.gone"));
  }

  private void fillPermissions(RoleForm target, List<String> granted) {
    Set<String> declared = new HashSet<>();
    List<RoleForm.PermissionGroup> groups = new ArrayList<>();
    for (PermissionCatalog.Source source : catalog.sources(messages.locale())) {
      List<String> selected = new ArrayList<>();
      for (PermissionCatalog.Permission permission : source.permissions()) {
        declared.add(permission.name());
        if (granted.contains(permission.name())) {
          selected.add(permission.name());
        }
      }
      groups.add(new RoleForm.PermissionGroup(source.source(), sourceLabel(source.source()), source.permissions(),
          selected));
    }
    target.setGroups(groups);
    List<String> other = granted.stream().filter(p -> !declared.contains(p)).toList();
    target.setOtherPermissions(String.join(", ", other));
  }

  private String sourceLabel(String source) {
    if (PermissionCatalog.KERNEL.equals(source)) {
      return messages.text("admin.roles.source.kernel");
    }
    return kernel.plugins().find(source).map(p -> messages.text("admin.roles.source.plugin", p.name(), source))
        .orElse(source);
  }

  /** Adds an empty row-scope row. */
  public void addScope() {
    Guard.require(KernelPermissions.ROLES_MANAGE);
    if (form != null) {
      form.getScopes().add(new RoleForm.ScopeRow());
    }
  }

  /** Removes a row-scope row. */
  public void removeScope(int index) {
    Guard.require(KernelPermissions.ROLES_MANAGE);
    if (form != null && index >= 0 && index < form.getScopes().size()) {
      form.getScopes().remove(index);
    }
  }

  /** Adds an empty field-rule row. */
  public void addField() {
    Guard.require(KernelPermissions.ROLES_MANAGE);
    if (form != null) {
      form.getFields().add(new RoleForm.FieldRow());
    }
  }

  /** Removes a field-rule row. */
  public void removeField(int index) {
    Guard.require(KernelPermissions.ROLES_MANAGE);
    if (form != null && index >= 0 && index < form.getFields().size()) {
      form.getFields().remove(index);
    }
  }

  /** Creates or changes the role in the editor. */
  public void save() {
    Guard.require(KernelPermissions.ROLES_MANAGE);
    if (form == null || form.isBuiltIn()) {
      return;
    }
    Map<String, Map<String, String>> scopes = new LinkedHashMap<>();
    boolean incomplete = false;
    for (RoleForm.ScopeRow row : form.getScopes()) {
      if (blank(row.getResource()) && blank(row.getAction())) {
        continue;
      }
      if (blank(row.getResource()) || blank(row.getAction())) {
        incomplete = true;
        continue;
      }
      scopes.computeIfAbsent(row.getResource().strip(), k -> new LinkedHashMap<>()).put(row.getAction().strip(),
          row.getScope());
    }
    if (incomplete) {
      messages.fieldError("rolesForm:scopes", messages.text("admin.roles.scopes.incomplete"));
    }
    Map<String, Map<String, String>> fields = new LinkedHashMap<>();
    boolean fieldsIncomplete = false;
    for (RoleForm.FieldRow row : form.getFields()) {
      if (blank(row.getResource()) && blank(row.getField())) {
        continue;
      }
      if (blank(row.getResource()) || blank(row.getField())) {
        fieldsIncomplete = true;
        continue;
      }
      fields.computeIfAbsent(row.getResource().strip(), k -> new LinkedHashMap<>()).put(row.getField().strip(),
          row.getAccess());
    }
    if (fieldsIncomplete) {
      messages.fieldError("rolesForm:fields", messages.text("admin.roles.fields.incomplete"));
    }
    if (incomplete || fieldsIncomplete) {
      return;
    }
    RoleAdmin.RoleInput input = new RoleAdmin.RoleInput(form.getName(), form.getDescription() == null ? ""
        : form.getDescription(), form.permissions(), scopes, fields);
    try {
      RoleRecord saved = form.isNew() ? kernel.roleAdmin().create(input)
          : kernel.roleAdmin().update(form.getId(), input);
      messages.info(form.isNew() ? "admin.roles.created" : "admin.roles.saved", saved.name());
      form = null;
      refresh();
    } catch (RuntimeException e) {
      messages.showOrThrow(e, FIELDS);
    }
  }

  /** Closes the editor without saving. */
  public void cancel() {
    Guard.require(KernelPermissions.ROLES_MANAGE);
    form = null;
  }

  /** Deletes a role; its holders lose it. */
  public void delete(long id) {
    Guard.require(KernelPermissions.ROLES_MANAGE);
    try {
      String name = kernel.roles().role(id).map(RoleRecord::name).orElse("#" + id);
      kernel.roleAdmin().delete(id);
      messages.info("admin.roles.deleted", name);
      if (form != null && Long.valueOf(id).equals(form.getId())) {
        form = null;
      }
    } catch (RuntimeException e) {
      messages.showOrThrow(e, Map.of());
    }
    refresh();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
